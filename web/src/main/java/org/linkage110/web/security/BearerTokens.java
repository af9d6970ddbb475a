package org.linkage110.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Short-lived signed tokens (JWT, HS256) for desk systems, so that a system calling often does not
 * pay the password hash on every call. An access token carries the caller's name ({@code sub},
 * {@code upn}) and roles ({@code groups}, the MicroProfile JWT claim names) and is checked by its
 * signature and times alone, without the database; a refresh token gets a new pair after the
 * account is checked again. Why not MicroProfile JWT: Payara activates it with
 * {@code @LoginConfig(authMethod = "MP-JWT")}, which installs its own HttpAuthenticationMechanism
 * for the whole application, and Jakarta Security 3 allows one; the project's mechanism (portal
 * form, API keys, Basic) must stay. MP-JWT also only verifies: it does not issue. Nimbus JOSE+JWT
 * is the library Payara's MP-JWT itself uses.
 */
@ApplicationScoped
public class BearerTokens {

    public static final String ACCESS = "access";
    public static final String REFRESH = "refresh";
    private static final String USE = "token_use";

    @Inject
    TokenKeys keys;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.token.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "app.token.access-ttl")
    Duration accessTtl;

    @Inject
    @ConfigProperty(name = "app.token.refresh-ttl")
    Duration refreshTtl;

    /** A new access and refresh token and their lifetimes. */
    public record Issued(String accessToken, String refreshToken, Duration expiresIn, Duration refreshExpiresIn) {
    }

    /** The refresh token's subject: who asked, and whether it is a staff account or an API client. */
    public record Subject(String name, String kind) {
    }

    /** Whether this Authorization header value is a bearer token. */
    public static boolean carries(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** Tokens for this caller; {@code kind} is {@code staff} or {@code client}. */
    public Issued issue(String name, Set<String> groups, String kind) {
        Instant now = clock.instant();
        return new Issued(sign(name, groups, kind, ACCESS, now, accessTtl),
                sign(name, Set.of(), kind, REFRESH, now, refreshTtl), accessTtl, refreshTtl);
    }

    /** An access token from an Authorization header: valid with its caller and groups, or invalid. */
    public CredentialValidationResult validate(String authorization) {
        return verified(authorization.substring(7).strip(), ACCESS)
                .map(claims -> new CredentialValidationResult(claims.getSubject(), groups(claims)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    /** Who a refresh token was issued to, when it is valid. */
    public Optional<Subject> refreshing(String token) {
        return verified(token == null ? "" : token.strip(), REFRESH)
                .map(claims -> new Subject(claims.getSubject(), String.valueOf(claims.getClaim("kind"))));
    }

    private String sign(String name, Set<String> groups, String kind, String use, Instant now, Duration ttl) {
        Map.Entry<String, byte[]> key = keys.signing();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject(name).claim("upn", name)
                .claim("groups", List.copyOf(groups)).claim("kind", kind).claim(USE, use)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKey()).build(), claims);
        try {
            jwt.sign(new MACSigner(key.getValue()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return jwt.serialize();
    }

    private Optional<JWTClaimsSet> verified(String token, String use) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
                return Optional.empty();
            }
            Optional<byte[]> key = keys.verifying(jwt.getHeader().getKeyID());
            if (key.isEmpty() || !jwt.verify(new MACVerifier(key.get()))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            boolean current = expires != null && clock.instant().isBefore(expires.toInstant())
                    && issuer.equals(claims.getIssuer()) && use.equals(claims.getClaim(USE))
                    && claims.getSubject() != null;
            return current ? Optional.of(claims) : Optional.empty();
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Set<String> groups(JWTClaimsSet claims) {
        try {
            List<String> groups = claims.getStringListClaim("groups");
            return groups == null ? Set.of() : new HashSet<>(groups);
        } catch (ParseException e) {
            return Set.of();
        }
    }
}
