package newsdesk.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Just enough of Discord for the real JDA client, on 127.0.0.1: REST (JDK http server) and gateway (Java-WebSocket).
 * One guild with two text channels; the bot has exactly the permissions docs/discord.md asks for.
 * Every REST request is recorded; tests wait for the one they expect with a time limit.
 */
final class FakeDiscord implements AutoCloseable {
    static final long GUILD = 1_100_000_000_000_000_001L;
    static final long CHANNEL = 1_100_000_000_000_000_002L;
    static final long OTHER_CHANNEL = 1_100_000_000_000_000_003L;
    static final long BOT = 1_100_000_000_000_000_010L;
    static final long BOT_ROLE = 1_100_000_000_000_000_011L;
    static final long APPLICATION = BOT;
    static final long USER = 1_100_000_000_000_000_020L;
    static final long MEMBER = 1_100_000_000_000_000_021L;
    static final String TOKEN = "fake-token";
    static final String BOT_PERMISSIONS = "309237730304";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final long DISCORD_EPOCH = 1_420_070_400_000L;

    /** One REST call as the fake received it. */
    record Request(String method, String path, String query, JsonNode body, long receivedNanos) {
        boolean is(String method, String pathPattern) {
            return this.method.equals(method) && path.matches(pathPattern);
        }
    }

    private final List<Request> requests = new ArrayList<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicInteger snowflakeCounter = new AtomicInteger();
    private final AtomicInteger interactionCounter = new AtomicInteger();
    private final CountDownLatch gatewayStarted = new CountDownLatch(1);
    private final ExecutorService restThreads = Executors.newFixedThreadPool(4);
    private final HttpServer rest;
    private final Gateway gateway;
    private volatile WebSocket session;
    private volatile int closeCodeOnIdentify;
    private final Map<String, Long> interactionsSentNanos = new ConcurrentHashMap<>();
    private final Map<String, Long> threadsByMessage = new ConcurrentHashMap<>();
    private final Map<String, String> interactionTokens = new ConcurrentHashMap<>();
    /** The bot's messages per channel, so history reads and nonce de-duplication work as on Discord. */
    private final Map<Long, List<ObjectNode>> channelMessages = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> messagesByNonce = new ConcurrentHashMap<>();
    private volatile long userForInteractions = USER;

    FakeDiscord() throws IOException, InterruptedException {
        rest = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        rest.createContext("/api/v10/", this::handle);
        rest.setExecutor(restThreads);
        rest.start();
        gateway = new Gateway(new InetSocketAddress("127.0.0.1", 0));
        gateway.setReuseAddr(true);
        gateway.start();
        if (!gatewayStarted.await(5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("fake gateway did not start");
        }
    }

    String apiBaseUrl() {
        return "http://127.0.0.1:" + rest.getAddress().getPort() + "/api/v10";
    }

    String gatewayUrl() {
        return "ws://127.0.0.1:" + gateway.getPort() + "/";
    }

    /** Makes the gateway refuse the next IDENTIFY with this close code (e.g. 4014, disallowed intents). */
    void refuseIdentifyWith(int closeCode) {
        this.closeCodeOnIdentify = closeCode;
    }

    // ---- what the tests do as a Discord user ----

    /** A user runs a slash command; returns the interaction id. */
    String runSlashCommand(String name, long channelId, ObjectNode... options) {
        ObjectNode data = NODES.objectNode().put("id", String.valueOf(snowflake())).put("name", name).put("type", 1);
        ArrayNode opts = data.putArray("options");
        for (ObjectNode o : options) {
            opts.add(o);
        }
        return dispatchInteraction(2, channelId, data, null);
    }

    /** A user runs a sub-command such as {@code /briefing subscribe}; returns the interaction id. */
    String runSubcommand(String name, String subcommand, long channelId, ObjectNode... options) {
        ObjectNode sub = NODES.objectNode().put("name", subcommand).put("type", 1);
        ArrayNode opts = sub.putArray("options");
        for (ObjectNode o : options) {
            opts.add(o);
        }
        return runSlashCommand(name, channelId, sub);
    }

    /**
     * Interactions from now on come from this user: {@link #USER} owns the guild (and so has every permission),
     * {@link #MEMBER} has only the @everyone role.
     */
    void interactAs(long userId) {
        this.userForInteractions = userId;
    }

    /** What the bot posted in a channel (not replies to interactions), oldest first. */
    List<JsonNode> messagesIn(long channelId) {
        synchronized (channelMessages) {
            return List.copyOf(channelMessages.getOrDefault(channelId, List.of()));
        }
    }

    /** A user clicks a button on a message of the bot. */
    String clickButton(String customId, long channelId, String messageId) {
        ObjectNode data = NODES.objectNode().put("custom_id", customId).put("component_type", 2);
        ObjectNode message = NODES.objectNode().put("id", messageId).put("flags", 0);
        return dispatchInteraction(3, channelId, data, message);
    }

    static ObjectNode textOption(String name, String value) {
        return NODES.objectNode().put("name", name).put("type", 3).put("value", value);
    }

    static ObjectNode boolOption(String name, boolean value) {
        return NODES.objectNode().put("name", name).put("type", 5).put("value", value);
    }

    /** A user posts a message; returns its id. */
    String postMessage(long channelId, String content, boolean mentionsBot, boolean mentionsEveryone) {
        String id = String.valueOf(snowflake());
        ObjectNode d = NODES.objectNode();
        d.put("id", id).put("type", 0).put("channel_id", String.valueOf(channelId)).put("guild_id", String.valueOf(GUILD));
        d.set("author", user(USER, "reader", false));
        d.set("member", member(null, "0"));
        d.put("content", content).put("timestamp", Instant.now().toString()).putNull("edited_timestamp")
                .put("tts", false).put("mention_everyone", mentionsEveryone).put("pinned", false).put("flags", 0);
        ArrayNode mentions = d.putArray("mentions");
        if (mentionsBot) {
            mentions.add(user(BOT, "Newsdesk", true));
        }
        d.putArray("mention_roles");
        d.putArray("attachments");
        d.putArray("embeds");
        dispatch("MESSAGE_CREATE", d);
        return id;
    }

    /** When the interaction was sent to the bot (System.nanoTime). */
    long sentNanos(String interactionId) {
        return interactionsSentNanos.get(interactionId);
    }

    /** The path pattern of the edit of an interaction's original response (its deferred placeholder). */
    String originalResponseOf(String interactionId) {
        return "webhooks/\\d+/" + interactionTokens.get(interactionId) + "/messages/@original";
    }

    /** The path pattern of the interaction's callback (its acknowledgement). */
    String callbackOf(String interactionId) {
        return "interactions/" + interactionId + "/" + interactionTokens.get(interactionId) + "/callback";
    }

    /** The thread the bot started from a message, if it did. */
    Long threadStartedFrom(String messageId) {
        return threadsByMessage.get(messageId);
    }

    // ---- what the tests check ----

    Request await(String method, String pathPattern, Duration timeout) throws InterruptedException {
        return await(r -> r.is(method, pathPattern), timeout, method + " " + pathPattern);
    }

    Request await(Predicate<Request> wanted, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (requests) {
            while (true) {
                for (Request r : requests) {
                    if (wanted.test(r)) {
                        return r;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no " + what + " within " + timeout.toMillis() + " ms; got:\n" + summary());
                }
                TimeUnit.NANOSECONDS.timedWait(requests, left);
            }
        }
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** Every message the bot sent or edited: channel posts, interaction responses and their edits. */
    List<JsonNode> sentByTheBot() {
        List<JsonNode> sent = new ArrayList<>();
        for (var r : requests()) {
            if (r.is("POST", "channels/\\d+/messages") || r.is("PATCH", "webhooks/.*") || r.is("POST", "webhooks/.*")) {
                sent.add(r.body());
            } else if (r.is("POST", "interactions/.*/callback") && r.body().path("type").asInt() == 4) {
                sent.add(r.body().path("data"));
            }
        }
        return sent;
    }

    private String summary() {
        StringBuilder s = new StringBuilder();
        for (Request r : requests) {
            s.append("  ").append(r.method()).append(' ').append(r.path()).append(' ')
                    .append(r.body() == null ? "" : r.body().toString()).append('\n');
        }
        return s.toString();
    }

    // ---- REST ----

    private static final Pattern COMMANDS = Pattern.compile("applications/\\d+(/guilds/\\d+)?/commands");
    private static final Pattern CALLBACK = Pattern.compile("interactions/\\d+/[^/]+/callback");
    private static final Pattern CHANNEL_MESSAGES = Pattern.compile("channels/(\\d+)/messages");
    private static final Pattern THREAD_FROM_MESSAGE = Pattern.compile("channels/(\\d+)/messages/(\\d+)/threads");
    private static final Pattern TYPING = Pattern.compile("channels/\\d+/typing");
    private static final Pattern WEBHOOK = Pattern.compile("webhooks/\\d+/[^/]+(/messages/@original)?");

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            long received = System.nanoTime();
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath().substring("/api/v10/".length());
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = parseBody(raw, exchange.getRequestHeaders().getFirst("Content-Type"));
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            Response response = route(method, path, exchange.getRequestURI().getQuery(), body, auth);
            // recorded once its effects (e.g. a new thread) are known, so a test that sees it can use them
            synchronized (requests) {
                requests.add(new Request(method, path, exchange.getRequestURI().getQuery(), body, received));
                requests.notifyAll();
            }
            respond(exchange, response.status(), response.body());
        }
    }

    private record Response(int status, JsonNode body) {
    }

    private Response route(String method, String path, String query, JsonNode body, String authorization) {
        Matcher m;
        if (method.equals("GET") && path.equals("users/@me")) {
            if (!("Bot " + TOKEN).equals(authorization)) {
                return new Response(401, NODES.objectNode().put("message", "401: Unauthorized").put("code", 0));
            }
            ObjectNode me = user(BOT, "Newsdesk", true);
            me.put("verified", true).put("mfa_enabled", false).put("flags", 0);
            return new Response(200, me);
        }
        if (method.equals("PUT") && COMMANDS.matcher(path).matches()) {
            ArrayNode echoed = NODES.arrayNode();
            for (JsonNode c : body) {
                ObjectNode copy = ((ObjectNode) c).deepCopy();
                copy.put("id", String.valueOf(snowflake())).put("application_id", String.valueOf(APPLICATION))
                        .put("version", String.valueOf(snowflake()));
                echoed.add(copy);
            }
            return new Response(200, echoed);
        }
        if (method.equals("POST") && (CALLBACK.matcher(path).matches() || TYPING.matcher(path).matches())) {
            return new Response(204, null);
        }
        if (method.equals("POST") && (m = THREAD_FROM_MESSAGE.matcher(path)).matches()) {
            long threadId = snowflake();
            threadsByMessage.put(m.group(2), threadId);
            return new Response(201, thread(threadId, Long.parseLong(m.group(1)), body.path("name").asText()));
        }
        if (method.equals("POST") && (m = CHANNEL_MESSAGES.matcher(path)).matches()) {
            return new Response(200, channelMessage(Long.parseLong(m.group(1)), body));
        }
        if (method.equals("GET") && (m = CHANNEL_MESSAGES.matcher(path)).matches()) {
            return new Response(200, history(Long.parseLong(m.group(1)), query));
        }
        if ((method.equals("POST") || method.equals("PATCH")) && WEBHOOK.matcher(path).matches()) {
            return new Response(200, botMessage(CHANNEL, body));
        }
        return new Response(404, NODES.objectNode().put("message", "404: Not Found").put("code", 0));
    }

    private static JsonNode parseBody(byte[] raw, String contentType) throws IOException {
        if (raw.length == 0) {
            return null;
        }
        String text = new String(raw, StandardCharsets.UTF_8);
        if (contentType != null && contentType.startsWith("multipart/form-data")) {
            // JDA may send message payloads as multipart: the JSON is the part named payload_json
            int name = text.indexOf("name=\"payload_json\"");
            int start = text.indexOf("\r\n\r\n", name) + 4;
            int end = text.indexOf("\r\n--", start);
            text = text.substring(start, end);
        }
        return JSON.readTree(text);
    }

    private static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * A message the bot posts in a channel. As on Discord, a nonce sent with {@code enforce_nonce} that was used in the
     * last few minutes returns the message made then instead of a new one.
     */
    private ObjectNode channelMessage(long channelId, JsonNode sent) {
        String nonce = sent == null ? "" : sent.path("nonce").asText("");
        synchronized (channelMessages) {
            if (!nonce.isEmpty() && sent.path("enforce_nonce").asBoolean(false)) {
                ObjectNode earlier = messagesByNonce.get(nonce);
                if (earlier != null) {
                    return earlier;
                }
            }
            ObjectNode m = botMessage(channelId, sent);
            channelMessages.computeIfAbsent(channelId, k -> new ArrayList<>()).add(m);
            if (!nonce.isEmpty()) {
                messagesByNonce.put(nonce, m);
            }
            return m;
        }
    }

    /** GET channels/{id}/messages: newest first, only those after the {@code after} id when given. */
    private ArrayNode history(long channelId, String query) {
        long after = 0;
        int limit = 50;
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals("after")) {
                after = Long.parseUnsignedLong(kv[1]);
            } else if (kv[0].equals("limit")) {
                limit = Integer.parseInt(kv[1]);
            }
        }
        ArrayNode out = NODES.arrayNode();
        List<ObjectNode> all = new ArrayList<>(channelMessages.getOrDefault(channelId, List.of()));
        java.util.Collections.reverse(all);
        for (ObjectNode m : all) {
            if (Long.parseUnsignedLong(m.path("id").asText()) > after && out.size() < limit) {
                out.add(m);
            }
        }
        return out;
    }

    /** Forgets nonces, as Discord does after a few minutes. */
    void expireNonces() {
        messagesByNonce.clear();
    }

    private ObjectNode botMessage(long channelId, JsonNode sent) {
        ObjectNode m = NODES.objectNode();
        m.put("id", String.valueOf(snowflake())).put("type", 0).put("channel_id", String.valueOf(channelId));
        m.set("author", user(BOT, "Newsdesk", true));
        m.put("content", sent == null ? "" : sent.path("content").asText(""))
                .put("timestamp", Instant.now().toString()).putNull("edited_timestamp")
                .put("tts", false).put("mention_everyone", false).put("pinned", false).put("flags", 0);
        m.putArray("mentions");
        m.putArray("mention_roles");
        m.putArray("attachments");
        m.putArray("embeds");
        return m;
    }

    // ---- gateway ----

    private final class Gateway extends WebSocketServer {
        Gateway(InetSocketAddress address) {
            super(address);
        }

        @Override
        public void onStart() {
            gatewayStarted.countDown();
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            session = conn;
            conn.send(NODES.objectNode().put("op", 10).set("d", NODES.objectNode().put("heartbeat_interval", 41_250)).toString());
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            try {
                JsonNode frame = JSON.readTree(message);
                switch (frame.path("op").asInt()) {
                    case 1 -> {
                        if (conn.isOpen()) {
                            conn.send("{\"op\":11}");
                        }
                    }
                    case 2 -> identified(conn);
                    default -> { }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
        }
    }

    private void identified(WebSocket conn) {
        if (closeCodeOnIdentify != 0) {
            conn.close(closeCodeOnIdentify, "refused by the fake");
            return;
        }
        ObjectNode ready = NODES.objectNode();
        ready.put("v", 10).set("user", user(BOT, "Newsdesk", true));
        ready.putArray("guilds").addObject().put("id", String.valueOf(GUILD)).put("unavailable", true);
        ready.put("session_id", "fake-session").put("resume_gateway_url", gatewayUrl());
        ready.putArray("private_channels");
        ready.putObject("application").put("id", String.valueOf(APPLICATION)).put("flags", 0);
        dispatch("READY", ready);
        dispatch("GUILD_CREATE", guild());
    }

    private void dispatch(String type, JsonNode data) {
        ObjectNode frame = NODES.objectNode().put("op", 0).put("t", type).put("s", sequence.incrementAndGet());
        frame.set("d", data);
        session.send(frame.toString());
    }

    private String dispatchInteraction(int type, long channelId, ObjectNode data, ObjectNode message) {
        String id = String.valueOf(snowflake());
        String token = "interaction-token-" + interactionCounter.incrementAndGet();
        interactionTokens.put(id, token);
        ObjectNode d = NODES.objectNode();
        d.put("id", id).put("application_id", String.valueOf(APPLICATION)).put("type", type).put("version", 1)
                .put("token", token)
                .put("guild_id", String.valueOf(GUILD)).put("channel_id", String.valueOf(channelId))
                .put("locale", "en-US").put("guild_locale", "en-US").put("context", 0)
                .put("app_permissions", BOT_PERMISSIONS);
        d.putObject("guild").put("id", String.valueOf(GUILD)).put("locale", "en-US").putArray("features");
        d.set("channel", textChannel(channelId, "general"));
        d.set("member", member(user(userForInteractions, "reader", false), "2248473465835073"));
        d.putObject("authorizing_integration_owners").put("0", String.valueOf(GUILD));
        d.set("data", data);
        if (message != null) {
            d.set("message", message);
        }
        interactionsSentNanos.put(id, System.nanoTime());
        dispatch("INTERACTION_CREATE", d);
        return id;
    }

    private ObjectNode guild() {
        ObjectNode g = NODES.objectNode();
        g.put("id", String.valueOf(GUILD)).put("name", "Fake Newsroom").put("unavailable", false)
                .put("member_count", 2).put("owner_id", String.valueOf(USER)).put("afk_timeout", 300)
                .put("verification_level", 0).put("default_message_notifications", 0)
                .put("explicit_content_filter", 0).put("mfa_level", 0).put("nsfw_level", 0)
                .put("premium_tier", 0).put("preferred_locale", "en-US").put("large", false)
                .put("joined_at", "2024-01-01T00:00:00.000000+00:00");
        g.putArray("features");
        ArrayNode roles = g.putArray("roles");
        roles.add(role(GUILD, "@everyone", BOT_PERMISSIONS, false, null));
        roles.add(role(BOT_ROLE, "Newsdesk", "0", true, BOT));
        ArrayNode channels = g.putArray("channels");
        channels.add(textChannel(CHANNEL, "general"));
        channels.add(textChannel(OTHER_CHANNEL, "random"));
        ObjectNode botMember = member(user(BOT, "Newsdesk", true), null);
        botMember.putArray("roles").add(String.valueOf(BOT_ROLE));
        g.putArray("members").add(botMember);
        g.putArray("threads");
        g.putArray("guild_scheduled_events");
        g.putArray("emojis");
        g.putArray("stickers");
        g.putArray("voice_states");
        g.putArray("presences");
        g.putArray("stage_instances");
        g.putArray("soundboard_sounds");
        return g;
    }

    private static ObjectNode role(long id, String name, String permissions, boolean managed, Long botId) {
        ObjectNode r = NODES.objectNode();
        r.put("id", String.valueOf(id)).put("name", name).put("position", managed ? 1 : 0)
                .put("permissions", permissions).put("managed", managed).put("hoist", false)
                .put("mentionable", false).put("color", 0).put("flags", 0);
        r.putObject("colors").put("primary_color", 0);
        if (botId != null) {
            r.putObject("tags").put("bot_id", String.valueOf(botId));
        }
        return r;
    }

    private static ObjectNode textChannel(long id, String name) {
        ObjectNode c = NODES.objectNode();
        c.put("id", String.valueOf(id)).put("type", 0).put("name", name).put("guild_id", String.valueOf(GUILD))
                .put("position", id == CHANNEL ? 0 : 1).put("nsfw", false).putNull("parent_id")
                .put("rate_limit_per_user", 0).putNull("topic").putNull("last_message_id").put("flags", 0);
        c.putArray("permission_overwrites");
        return c;
    }

    private ObjectNode thread(long id, long parentId, String name) {
        ObjectNode t = NODES.objectNode();
        t.put("id", String.valueOf(id)).put("type", 11).put("guild_id", String.valueOf(GUILD))
                .put("parent_id", String.valueOf(parentId)).put("name", name).put("owner_id", String.valueOf(BOT))
                .put("member_count", 1).put("message_count", 0).put("total_message_count", 0)
                .put("rate_limit_per_user", 0).put("flags", 0).putNull("last_message_id");
        t.putObject("thread_metadata").put("archived", false).put("locked", false).put("invitable", true)
                .put("auto_archive_duration", 1440).put("archive_timestamp", Instant.now().toString())
                .put("create_timestamp", Instant.now().toString());
        return t;
    }

    private static ObjectNode user(long id, String name, boolean bot) {
        ObjectNode u = NODES.objectNode();
        u.put("id", String.valueOf(id)).put("username", name).put("discriminator", "0").putNull("avatar")
                .put("global_name", name).put("bot", bot).put("public_flags", 0);
        return u;
    }

    private static ObjectNode member(ObjectNode user, String permissions) {
        ObjectNode m = NODES.objectNode();
        m.set("user", user == null ? user(USER, "reader", false) : user);
        m.putArray("roles");
        m.put("joined_at", "2024-01-01T00:00:00.000000+00:00").put("deaf", false).put("mute", false)
                .put("flags", 0).put("pending", false);
        if (permissions != null) {
            m.put("permissions", permissions);
        }
        return m;
    }

    /** Ids made from the current time: Discord treats interactions older than 15 minutes as expired. */
    private long snowflake() {
        return ((System.currentTimeMillis() - DISCORD_EPOCH) << 22) | (snowflakeCounter.incrementAndGet() & 0xFFF);
    }

    // ---- the end ----

    @Override
    public void close() throws InterruptedException {
        gateway.stop(1000);
        rest.stop(0);
        restThreads.shutdownNow();
    }
}
