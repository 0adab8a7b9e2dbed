package newsdesk.bench;

import picocli.CommandLine;

/** A whole number of passages, {@code 100000}, {@code 100_000} or {@code 100,000}, within the bench's range. */
final class PassageCount implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
        int n;
        try {
            n = Integer.parseInt(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("--passages needs a whole number, not '" + value + "'");
        }
        if (n < 10 || n > BenchCommand.MAX_PASSAGES) {
            throw new CommandLine.TypeConversionException("--passages must be between 10 and " + BenchCommand.MAX_PASSAGES);
        }
        return n;
    }
}
