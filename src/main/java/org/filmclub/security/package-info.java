/** Signing in and out: the filter chain, remembered logins, slowing down password guessing, login and sign-up views. */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package org.filmclub.security;
