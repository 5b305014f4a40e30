/**
 * Mail that gathers what happened across a club's features: the weekly digest a member can ask for.
 * It sits at the top of the module graph, reading each feature's news through that feature's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package org.filmclub.mail;
