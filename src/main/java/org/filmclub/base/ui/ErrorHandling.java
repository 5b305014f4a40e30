package org.filmclub.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.NotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Turns an error that no view handled into a short message; stack traces go to the log, never the screen. */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        var error = rootCause(event.getThrowable());
        String message;
        if (error instanceof NotPermittedException
                || error instanceof InvalidInputException
                || error instanceof ContentNotFoundException) {
            message = error.getMessage();
        } else {
            log.error("Unhandled error in a view", event.getThrowable());
            message = "Something went wrong on our side. What you typed is still there; please try again.";
        }
        if (VaadinSession.getCurrent() != null && UI.getCurrent() != null) {
            Notifications.error(message);
        }
    }

    private static Throwable rootCause(Throwable t) {
        var cause = t;
        while (cause.getCause() != null
                && cause.getCause() != cause
                && !(cause instanceof NotPermittedException
                        || cause instanceof InvalidInputException
                        || cause instanceof ContentNotFoundException)) {
            cause = cause.getCause();
        }
        return cause;
    }
}
