package org.linkage110.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every JSON body of the API is read strictly before it is bound: at most
 * {@code app.api.json.max-bytes} (413, refused from Content-Length alone or once that many bytes
 * have come, never read to the end); decoded in the charset it declares (UTF-8 when none), any
 * charset Java knows being converted and an unknown one refused (415); bytes that are not valid in
 * it refused (400 {@code invalid-encoding}), never replaced by U+FFFD; then its shape checked by
 * {@link JsonShape}. The binding reads the result as UTF-8.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class StrictJsonBodies implements ReaderInterceptor {

    @Inject
    @ConfigProperty(name = "app.api.json.max-bytes")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "app.api.json.max-depth")
    int maxDepth;

    @Inject
    @ConfigProperty(name = "app.api.json.max-string-length")
    int maxStringLength;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (!isJson(type)) {
            return context.proceed();
        }
        String declared = context.getHeaders().getFirst("Content-Length");
        if (declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > maxBytes) {
            throw tooLarge();
        }
        byte[] body = context.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
            throw tooLarge();
        }
        String text = decode(body, charsetOf(type));
        if (!text.isBlank()) {
            try {
                JsonShape.check(text, maxDepth, maxStringLength);
            } catch (JsonShape.Refused refused) {
                throw refused.asProblem();
            }
        }
        context.setInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        context.setMediaType(type.withCharset(StandardCharsets.UTF_8.name()));
        return context.proceed();
    }

    static boolean isJson(MediaType type) {
        return type != null && (type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().toLowerCase().endsWith("+json"));
    }

    private static Charset charsetOf(MediaType type) {
        String name = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ProblemException(Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE, "unsupported-charset",
                    "The body's charset " + name + " is not known; send UTF-8."));
        }
    }

    private static String decode(byte[] body, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST, "invalid-encoding",
                    "The body is not valid " + charset.name() + " text (" + e.getClass().getSimpleName() + ")."));
        }
    }

    /** The rest of the body stays unread, so the connection is closed after the answer. */
    private WebApplicationException tooLarge() {
        Response problem = new Problem(413, "body-too-large", "Content Too Large",
                "A JSON body may have at most " + maxBytes + " bytes.", List.of()).toResponse();
        return new WebApplicationException(Response.fromResponse(problem).header("Connection", "close").build());
    }
}
