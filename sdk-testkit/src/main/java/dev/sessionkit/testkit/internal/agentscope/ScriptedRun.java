package dev.sessionkit.testkit.internal.agentscope;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A scripted run: the events its stream plays, the reply message it leaves behind, and whether its end is
 * saved into the state (a run that fails before the agent starts leaves the state as it was). Never changed once
 * made, so a stream plays it without the store's lock.
 *
 * @param events what the stream sends, in order; unmodifiable
 * @param reply the reply; the run's, copied before it joins the messages
 * @param savesState whether the run's end points the state at its reply
 */
record ScriptedRun(List<ObjectNode> events, ObjectNode reply, boolean savesState) {}
