package org.filmclub;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModuleStructureTest {

    @Test
    void features_depend_on_each_other_only_through_their_published_api_and_without_cycles() {
        ApplicationModules.of(FilmclubApplication.class).verify();
    }
}
