/**
 * The safe Markdown renderer, shared by essays and discussion messages: what a member writes becomes HTML
 * that keeps only what is allowed, within a bounded cost.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Markdown")
package org.filmclub.markdown;
