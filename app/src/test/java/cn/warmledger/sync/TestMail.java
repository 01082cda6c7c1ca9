package cn.warmledger.sync;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** GreenMail on 127.0.0.1 with SMTPS and IMAPS (the test certificate) and the given users (address, password …). */
final class TestMail {
    private TestMail() {
    }

    static GreenMail start(int smtps, int imaps, String... usersAndPasswords) {
        TestCertificate.trusting(); // GreenMail reads the keystore settings once: make them first
        GreenMail mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtps, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS),
                new ServerSetup(imaps, "127.0.0.1", ServerSetup.PROTOCOL_IMAPS)});
        for (int i = 0; i < usersAndPasswords.length; i += 2) {
            mail.setUser(usersAndPasswords[i], usersAndPasswords[i], usersAndPasswords[i + 1]);
        }
        mail.start();
        return mail;
    }
}
