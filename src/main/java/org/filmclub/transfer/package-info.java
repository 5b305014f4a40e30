/**
 * Moving a club between installations: one JSON file with everything the club wrote, and bringing that
 * file in on another installation. Builds on every feature; no feature depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Moving clubs")
package org.filmclub.transfer;
