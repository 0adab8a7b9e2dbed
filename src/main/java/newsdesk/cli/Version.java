package newsdesk.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code newsdesk --version}: the version Maven wrote into the jar's manifest ("development" outside a jar). */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"newsdesk " + (v == null ? "(development build)" : v)};
    }
}
