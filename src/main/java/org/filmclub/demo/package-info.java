/** A demo club with three members, created once on an empty database outside production. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.filmclub.demo;
