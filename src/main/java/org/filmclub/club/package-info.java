/** Clubs and membership: hosts and members, invites, and the access checks every club-scoped feature uses. */
@org.springframework.modulith.ApplicationModule(displayName = "Clubs")
package org.filmclub.club;
