/** In-app notifications: what a member is told about, such as replies and mentions, and the bell that counts them. */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.filmclub.notification;
