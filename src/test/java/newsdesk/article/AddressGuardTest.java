package newsdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressGuardTest {
    /** A guard for which every host name resolves to these addresses. */
    private static AddressGuard resolvingTo(String... addresses) {
        return new AddressGuard(false, host -> {
            InetAddress[] out = new InetAddress[addresses.length];
            for (int i = 0; i < addresses.length; i++) {
                out[i] = InetAddress.getByName(addresses[i]);
            }
            return out;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.5.4", "192.168.1.1", "169.254.169.254", "0.0.0.0",
            "100.64.0.1", "224.0.0.1", "::1", "fd00::1", "fe80::1", "::ffff:127.0.0.1", "255.255.255.255"})
    void refusesHostsOnLocalPrivateLinkLocalAndMetadataAddresses(String address) {
        AddressGuard guard = resolvingTo(address);
        assertThatThrownBy(() -> guard.check(URI.create("http://news.example.test/page")))
                .isInstanceOf(ArticleFileException.class).hasMessageContaining("local, private or metadata");
    }

    @Test
    void everyAddressOfAHostMustBePublic() {
        assertThatThrownBy(() -> resolvingTo("93.184.215.14", "10.0.0.7").check(URI.create("http://news.example.test/")))
                .hasMessageContaining("private");
    }

    @Test
    void letsPublicAddressesThrough() {
        assertThatCode(() -> resolvingTo("93.184.215.14").check(URI.create("https://news.example.test/news")))
                .doesNotThrowAnyException();
        assertThatCode(() -> resolvingTo("2606:2800:21f:cb07::1").check(URI.create("https://news.example.test/news")))
                .doesNotThrowAnyException();
    }

    @Test
    void aLiteralAddressInTheLinkIsCheckedToo() {
        assertThatThrownBy(() -> new AddressGuard(false).check(URI.create("http://[::1]:8080/")))
                .hasMessageContaining("local");
        assertThatThrownBy(() -> new AddressGuard(false).check(URI.create("http://169.254.169.254/latest/meta-data/")))
                .hasMessageContaining("metadata");
    }

    @Test
    void refusesMetadataAndLocalNamesWithoutAskingTheResolver() {
        AddressGuard guard = new AddressGuard(false, host -> {
            throw new AssertionError("resolved " + host);
        });
        assertThatThrownBy(() -> guard.check(URI.create("http://metadata.google.internal/computeMetadata/v1/")))
                .hasMessageContaining("metadata");
        assertThatThrownBy(() -> guard.check(URI.create("http://localhost:8080/"))).hasMessageContaining("local");
    }

    @Test
    void refusesOtherSchemesEvenWhenPrivateAddressesAreAllowed() {
        AddressGuard open = new AddressGuard(true);
        assertThatThrownBy(() -> open.check(URI.create("file:///etc/passwd"))).hasMessageContaining("http and https");
        assertThatThrownBy(() -> open.check(URI.create("ftp://example.org/x"))).hasMessageContaining("http and https");
        assertThatCode(() -> open.check(URI.create("http://127.0.0.1:9/x"))).doesNotThrowAnyException();
    }

    @Test
    void anAddressMappedIntoIpv6IsJudgedByItsIpv4() throws Exception {
        assertThat(AddressGuard.isInternal(InetAddress.getByName("::ffff:10.0.0.1"))).isTrue();
        assertThat(AddressGuard.isInternal(InetAddress.getByName("::ffff:8.8.8.8"))).isFalse();
    }
}
