package org.filmclub;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.modulith.core.ApplicationModules;

class ModuleStructureTest {

    @Test
    void features_depend_on_each_other_only_through_their_published_api_and_without_cycles() {
        ApplicationModules.of(FilmclubApplication.class).verify();
    }

    @Test
    void every_route_declares_exactly_one_access_annotation() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        var routes = scanner.findCandidateComponents("org.filmclub");
        assertThat(routes).as("routes found").hasSizeGreaterThanOrEqualTo(6);
        for (var definition : routes) {
            var view = Class.forName(definition.getBeanClassName());
            var count = Stream.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class)
                    .filter(view::isAnnotationPresent)
                    .count();
            assertThat(count).as(view.getSimpleName()).isEqualTo(1);
        }
    }
}
