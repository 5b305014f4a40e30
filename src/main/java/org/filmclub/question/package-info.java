/** Discussion questions: members propose and vote them up, and a host walks the club through them. */
@org.springframework.modulith.ApplicationModule(displayName = "Questions")
package org.filmclub.question;
