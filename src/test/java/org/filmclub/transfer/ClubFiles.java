package org.filmclub.transfer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** Club files as an attacker crafts them: an exported file read as JSON, changed, and written back. */
final class ClubFiles {

    static final ObjectMapper JSON = new ObjectMapper();

    private ClubFiles() {}

    static byte[] edit(byte[] content, Consumer<ObjectNode> change) {
        try {
            var tree = (ObjectNode) JSON.readTree(content);
            change.accept(tree);
            return JSON.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
