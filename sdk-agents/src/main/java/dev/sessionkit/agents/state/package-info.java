/**
 * A session's agent state: its context of messages, permission context (mode, working directories, rules by
 * tool), tool context (the read-file cache) and task list.
 *
 * <p>Null policy: parameters and return values are never null unless documented; absent values are
 * {@link java.util.Optional}. Models are immutable and thread-safe.
 */
package dev.sessionkit.agents.state;
