/** Shared kernel: the entity base class, input checking, the errors services raise, and the app shell. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Base",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.filmclub.base;
