/**
 * The README's Java snippets as compiled code: each file holds one snippet between {@code // readme:begin NAME} and
 * {@code // readme:end NAME} lines (several regions of one name are joined with a blank line), and
 * {@code ReadmeTest} checks that README.md shows exactly that text. This package is not an SDK package, so a
 * snippet compiles only with the imports the README shows: every import of a snippet's file is inside the
 * snippet. What a snippet takes from its context (a client, a saved cursor, the user's logger) comes from the
 * file, outside the regions.
 */
package dev.sessionkit.readme;
