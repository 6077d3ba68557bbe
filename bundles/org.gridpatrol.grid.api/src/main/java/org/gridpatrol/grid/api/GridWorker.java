package org.gridpatrol.grid.api;

/** The person who answers for a grid or micro-grid. */
public record GridWorker(String name, String phone) {

    /** The phone as shown by the API: first three and last four digits, e.g. {@code 138****5678}. */
    public String maskedPhone() {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\s", "");
        if (digits.length() < 8) {
            return "*".repeat(digits.length());
        }
        return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
    }
}
