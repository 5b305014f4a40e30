package org.filmclub;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.persistence.Entity;
import org.filmclub.club.ClubHomeSection;
import org.filmclub.club.ClubSettingsSection;
import org.filmclub.club.ClubsPageSection;
import org.filmclub.discussion.DiscussionBanner;
import org.filmclub.film.FilmPageSection;
import org.springframework.data.repository.Repository;

/**
 * Layer rules the module check does not cover: views reach data only through services, services
 * know nothing of the UI, and no two features lean on each other. {@link ModuleStructureTest} checks
 * the modules' published APIs.
 */
@AnalyzeClasses(packages = "org.filmclub", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule views_do_not_touch_repositories_or_entities = noClasses()
            .that()
            .resideInAPackage("org.filmclub..ui..")
            .or()
            .areAssignableTo(Component.class)
            .should()
            .dependOnClassesThat(assignableTo(Repository.class).or(annotatedWith(Entity.class)))
            .as("views do not touch repositories or entities")
            .because("a view calls a service and shows the records it returns");

    @ArchTest
    static final ArchRule routes_live_in_ui_packages =
            classes().that().areAnnotatedWith(Route.class).should().resideInAPackage("org.filmclub..ui..");

    @ArchTest
    static final ArchRule features_are_free_of_cycles =
            slices().matching("org.filmclub.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule services_do_not_depend_on_vaadin_components = noClasses()
            .that()
            .resideInAPackage("org.filmclub..")
            .and()
            .resideOutsideOfPackage("org.filmclub..ui..")
            .and(not(belongToAnyOf(
                    // The app shell: @Push, @Theme and the page's <meta> tags are Vaadin annotations
                    // that belong on the AppShellConfigurator.
                    FilmclubApplication.class,
                    // Slots that a feature higher up fills with a component, so that the lower
                    // feature never depends on it; they are part of the lower feature's API.
                    FilmPageSection.class,
                    ClubHomeSection.class,
                    ClubSettingsSection.class,
                    ClubsPageSection.class,
                    DiscussionBanner.class)))
            // A Vaadin service listener (package-private, so named here) whose whole job is to send
            // a member's other open pages, their UIs, to the login page when the password changes.
            .and()
            .haveNameNotMatching("org\\.filmclub\\.security\\.PagesOnPasswordChange(\\$.*)?")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.vaadin.flow.component..")
            .as("services and other classes outside ui packages do not depend on Vaadin components");
}
