package org.complaintledger.access;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A verified token's caller: the name from the principal claim, the ledger roles from the roles claim (a list or a
 * space- or comma-separated string; values the ledger does not know are ignored).
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    private final List<String> rolesClaimPath;
    private final String principalClaim;

    JwtRoles(AccessProperties.Jwt settings) {
        this.rolesClaimPath = List.of(settings.rolesClaim().split("\\."));
        this.principalClaim = settings.principalClaim();
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String name = jwt.getClaimAsString(principalClaim);
        if (name == null || name.isBlank()) {
            throw new InvalidBearerTokenException("the token has no " + principalClaim + " claim naming the caller");
        }
        List<SimpleGrantedAuthority> roles = values(claim(jwt.getClaims()))
                .map(Role::named).flatMap(Optional::stream).distinct()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return new JwtAuthenticationToken(jwt, roles, name);
    }

    private Object claim(Map<String, Object> claims) {
        Object value = claims;
        for (String step : rolesClaimPath) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(step);
        }
        return value;
    }

    private static Stream<String> values(Object claim) {
        return switch (claim) {
            case Collection<?> list -> list.stream().map(String::valueOf);
            case String text -> Arrays.stream(text.split("[\\s,]+")).filter(s -> !s.isBlank());
            case null, default -> Stream.empty();
        };
    }
}
