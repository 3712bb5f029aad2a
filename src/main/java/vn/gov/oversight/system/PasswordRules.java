package vn.gov.oversight.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The password policy for every new password, whoever sets it (the directory's API,
 * Camunda Admin, Tasklist's profile, the REST API): long enough, not the user's id, name
 * or e-mail, not a common password. Messages are in Vietnamese, one per broken rule.
 */
public final class PasswordRules {

    /**
     * The default minimum length; {@code oversight.security.password-min-length} changes
     * it.
     */
    public static final int DEFAULT_MIN_LENGTH = 10;

    /**
     * Longer passphrases are welcome; a bound keeps hashing cheap and refuses absurd
     * input.
     */
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private final int minLength;

    public PasswordRules(int minLength) {
        this.minLength = minLength;
    }

    public int minLength() {
        return minLength;
    }

    /**
     * Every rule the password breaks, as a person reads it; empty when it is acceptable.
     */
    public List<String> problems(String password, String userId, String... names) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add("Chưa nhập mật khẩu");
            return problems;
        }
        if (password.codePointCount(0, password.length()) < minLength) {
            problems.add("Mật khẩu phải có ít nhất " + minLength + " ký tự");
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("Mật khẩu dài quá " + MAX_LENGTH + " ký tự");
        }
        String plain = fold(password);
        if (COMMON.contains(plain) || COMMON.contains(plain.replaceAll("[^a-z0-9]", ""))) {
            problems.add("Mật khẩu quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác");
        }
        if (userId != null && !userId.isBlank() && plain.contains(fold(userId))) {
            problems.add("Mật khẩu không được chứa tên đăng nhập");
        }
        else {
            for (String name : names) {
                if (name != null && fold(name).length() >= 3 && plain.contains(fold(name).replace(" ", ""))) {
                    problems.add("Mật khẩu không được chứa họ tên hay thư điện tử của người dùng");
                    break;
                }
            }
        }
        return problems;
    }

    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "");
    }

    private static Set<String> load() {
        try (InputStream in = PasswordRules.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing from the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                .map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(PasswordRules::fold)
                .collect(Collectors.toUnmodifiableSet());
        }
        catch (IOException e) {
            throw new IllegalStateException("Unreadable list of common passwords", e);
        }
    }

}
