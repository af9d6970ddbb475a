package org.linkage110.web.peers;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.linkage110.platform.DemoPeers;

/**
 * The demo peers' HTTP side: {@code POST /demo-peers/<peer>/<message type>}, as the outbox calls
 * a real platform. Outside {@code /api/}, so the platform's own key check does not apply; the peer
 * checks the key it was configured to expect. Answers 404 unless demo peers are on.
 */
@WebServlet("/demo-peers/*")
public class DemoPeerServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BODY = 1_000_000;

    @Inject
    transient DemoPeers peers;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = request.getPathInfo() == null ? new String[0] : request.getPathInfo().substring(1).split("/");
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        DemoPeers.Answer answer = path.length != 2 || body.length > MAX_BODY
                ? new DemoPeers.Answer(path.length != 2 ? 404 : 413, "{\"code\":\"REFUSED\"}")
                : peers.receive(path[0], path[1], request.getHeader("Idempotency-Key"), request.getHeader("X-API-Key"),
                        new String(body, StandardCharsets.UTF_8));
        response.setStatus(answer.status());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(answer.json());
    }
}
