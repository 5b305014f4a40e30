/** Screenings' screens; {@link org.filmclub.screening.ui.ScreeningScheduling} is open to features built on screenings. */
@org.springframework.modulith.NamedInterface("ui")
package org.filmclub.screening.ui;
