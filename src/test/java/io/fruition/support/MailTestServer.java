package io.fruition.support;

/** Where the Spring tests send mail: GreenMail's test SMTP port, started by the tests that read the mail. */
public final class MailTestServer {

    public static final int PORT = 3025;

    private MailTestServer() {
    }
}
