package newsdesk.discord;

import java.util.function.Function;

/**
 * A {@link DiscordBot} logged in to its own {@link FakeDiscord} on 127.0.0.1, for the end-to-end tests. Closing stops
 * the bot first, then the fake: with the fake gone first, JDA would try to reconnect with backoff.
 */
final class BotOnFakeDiscord implements AutoCloseable {
    final FakeDiscord discord;
    final DiscordBot bot;

    private BotOnFakeDiscord(FakeDiscord discord, DiscordBot bot) {
        this.discord = discord;
        this.bot = bot;
    }

    /**
     * Starts a fake, builds the bot from the builder made for that fake (its endpoints go into the settings), logs it in
     * with {@link FakeDiscord#TOKEN} and waits until it has registered its commands. On failure both are closed again.
     */
    static BotOnFakeDiscord start(Function<FakeDiscord, DiscordBot.Builder> builder) throws Exception {
        return startOn(new FakeDiscord(), builder);
    }

    /**
     * The bot stopped and a new one started against the same fake, as after a restart of the process: the new bot
     * knows only what Discord tells it.
     */
    BotOnFakeDiscord restart(Function<FakeDiscord, DiscordBot.Builder> builder) throws Exception {
        bot.close();
        return startOn(discord, builder);
    }

    private static BotOnFakeDiscord startOn(FakeDiscord discord, Function<FakeDiscord, DiscordBot.Builder> builder)
            throws Exception {
        DiscordBot bot = null;
        try {
            bot = builder.apply(discord).token(FakeDiscord.TOKEN).build();
            long start = System.nanoTime();
            bot.start();
            System.out.printf("bot logged in and registered its commands in %d ms%n", (System.nanoTime() - start) / 1_000_000);
            return new BotOnFakeDiscord(discord, bot);
        } catch (Throwable e) {
            try {
                new BotOnFakeDiscord(discord, bot).close();
            } catch (Throwable suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (bot != null) {
            bot.close();
        }
        discord.close();
    }
}
