/** Accounts: sign-up, profile, time zone, password hashing, and who the current member is. */
@org.springframework.modulith.ApplicationModule(displayName = "Members")
package org.filmclub.member;
