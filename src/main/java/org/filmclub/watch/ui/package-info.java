/**
 * Watching's screen parts, open to the features that show anchored content: a member's progress control and the
 * line that stands in for what their progress holds back.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.filmclub.watch.ui;
