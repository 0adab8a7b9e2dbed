package newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import net.dv8tion.jda.api.utils.TimeUtil;
import newsdesk.config.ConfigException;
import org.junit.jupiter.api.Test;

class ShardsTest {

    @Test
    void rangesAndListsNameTheShardsOfThisProcess() {
        assertThat(Shards.parse(8, "0-3").ids()).containsExactly(0, 1, 2, 3);
        assertThat(Shards.parse(8, "4, 6-7").ids()).containsExactly(4, 6, 7);
        assertThat(Shards.parse(4, "").ids()).containsExactly(0, 1, 2, 3);
        assertThat(Shards.parse(1, "").all()).isTrue();
    }

    @Test
    void aRangeThatCannotBeRunIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> Shards.parse(4, "2-5")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("discord.shards.ids").hasMessageContaining("outside 0-3");
        assertThatThrownBy(() -> Shards.parse(4, "3-1")).hasMessageContaining("backwards");
        assertThatThrownBy(() -> Shards.parse(4, "one")).hasMessageContaining("not a shard number");
        assertThatThrownBy(() -> Shards.parse(0, "")).hasMessageContaining("discord.shards.total");
    }

    /**
     * Discord's rule: shard = (guild_id >> 22) % total, where guild_id >> 22 is the guild's creation time in ms since
     * Discord's epoch (2015). Checked against the creation time JDA reads from the id.
     */
    @Test
    void aGuildBelongsToTheShardDiscordSendsItsEventsTo() {
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            long created = 1_420_070_400_000L + (long) (random.nextDouble() * 3.0e11);
            long guildId = TimeUtil.getDiscordTimestamp(created) | random.nextInt(1 << 22);
            OffsetDateTime when = TimeUtil.getTimeCreated(guildId);
            long sinceEpoch = when.toInstant().toEpochMilli() - TimeUtil.DISCORD_EPOCH;
            for (int total : List.of(1, 2, 3, 16, 64)) {
                assertThat(Shards.shardOf(guildId, total)).isEqualTo((int) (sinceEpoch % total));
            }
        }
        // a worked example: 175928847299117063 >> 22 = 41944705796, which is 4 more than a multiple of 16
        assertThat(175928847299117063L >> 22).isEqualTo(41944705796L);
        assertThat(Shards.shardOf(175928847299117063L, 16)).isEqualTo(4);
    }

    @Test
    void processesWithDisjointRangesServeEveryGuildExactlyOnce() {
        List<Shards> processes = List.of(Shards.parse(8, "0-2"), Shards.parse(8, "3-5"), Shards.parse(8, "6,7"));
        Random random = new Random(11);
        for (int i = 0; i < 10_000; i++) {
            long guildId = random.nextLong() >>> 1;
            assertThat(processes.stream().filter(p -> p.serves(guildId)).count()).as("guild " + guildId).isEqualTo(1);
            assertThat(processes.stream().filter(p -> p.serves(Long.toUnsignedString(guildId))).count()).isEqualTo(1);
        }
    }

    @Test
    void identifyBucketsAreTheShardModuloTheConcurrency() {
        assertThat(CoordinatedIdentifies.bucket(0, 1)).isZero();
        assertThat(CoordinatedIdentifies.bucket(17, 1)).isZero();
        assertThat(CoordinatedIdentifies.bucket(17, 16)).isEqualTo(1);
        assertThat(CoordinatedIdentifies.bucket(35, 16)).isEqualTo(3);
    }
}
