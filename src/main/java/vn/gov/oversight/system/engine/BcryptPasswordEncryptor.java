package vn.gov.oversight.system.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Camunda's password encryptor backed by bcrypt (Spring Security's crypto), a slow salted
 * hash, instead of Camunda's default single round of salted SHA-512. bcrypt reads at most
 * 72 bytes, and Camunda appends its own salt to the password before hashing, so the input
 * is first reduced to the Base64 of its SHA-256 (44 characters): every character of a
 * long passphrase counts. Stored as {@code {BCRYPT}$2a$...}.
 */
public class BcryptPasswordEncryptor implements PasswordEncryptor {

    public static final String ALGORITHM = "BCRYPT";

    private final int strength;

    public BcryptPasswordEncryptor(int strength) {
        this.strength = strength;
    }

    @Override
    public String encrypt(String password) {
        return BCrypt.hashpw(reduce(password), BCrypt.gensalt(strength));
    }

    @Override
    public boolean check(String password, String encrypted) {
        if (encrypted == null || !encrypted.startsWith("$2")) {
            return false;
        }
        try {
            return BCrypt.checkpw(reduce(password), encrypted);
        }
        catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    @Override
    public String hashAlgorithmName() {
        return ALGORITHM;
    }

    private static String reduce(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

}
