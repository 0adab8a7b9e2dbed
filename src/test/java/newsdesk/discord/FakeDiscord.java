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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * Just enough of Discord for the real JDA client, on 127.0.0.1: REST (JDK http server) and gateway (Java-WebSocket),
 * for the guild of {@link FakeGuild}. Every REST request is recorded; tests wait for the one they expect with a time
 * limit. Messages (the users' and the bot's) are kept per channel, so replies, history reads, thread starters and
 * button clicks see them as on Discord. A second bot may log in once the first has left (a restart): it gets the
 * threads started so far. Files for attachments are served under {@code /cdn/}.
 */
final class FakeDiscord implements AutoCloseable {
    static final long GUILD = FakeGuild.GUILD;
    static final long CHANNEL = FakeGuild.CHANNEL;
    static final long OTHER_CHANNEL = FakeGuild.OTHER_CHANNEL;
    static final long BOT = FakeGuild.BOT;
    static final long BOT_ROLE = FakeGuild.BOT_ROLE;
    static final long APPLICATION = BOT;
    static final long USER = FakeGuild.USER;
    static final long MEMBER = FakeGuild.MEMBER;
    static final String TOKEN = "fake-token";
    static final String BOT_PERMISSIONS = FakeGuild.BOT_PERMISSIONS;

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
    private final ExecutorService restThreads = Executors.newFixedThreadPool(8);
    private final HttpServer rest;
    private final Gateway gateway;
    private volatile WebSocket session;
    private volatile int closeCodeOnIdentify;
    private final Map<String, Long> interactionsSentNanos = new ConcurrentHashMap<>();
    private final Map<String, Long> threadsByMessage = new ConcurrentHashMap<>();
    private final Map<String, String> interactionTokens = new ConcurrentHashMap<>();
    private final Map<String, Long> channelOfToken = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> originalOfToken = new ConcurrentHashMap<>();
    /** The bot's own posts per channel (not interaction responses), for the briefing tests. */
    private final Map<Long, List<ObjectNode>> channelMessages = new ConcurrentHashMap<>();
    /** Every message by id, and the ids of each channel's messages in order. */
    private final Map<String, ObjectNode> messages = new ConcurrentHashMap<>();
    private final Map<Long, List<String>> history = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> messagesByNonce = new ConcurrentHashMap<>();
    private final Map<Long, ObjectNode> threads = new ConcurrentHashMap<>();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private volatile long userForInteractions = USER;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    FakeDiscord() throws IOException, InterruptedException {
        rest = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        rest.createContext("/api/v10/", this::handle);
        rest.createContext("/cdn/", this::serveFile);
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
        ObjectNode resolved = data.putObject("resolved");
        for (ObjectNode o : options) {
            resolve(o, resolved);
            opts.add(o);
        }
        return dispatchInteraction(2, channelId, data, null);
    }

    /** Channel and attachment options come with their objects in {@code resolved}, as from Discord. */
    private void resolve(JsonNode option, ObjectNode resolved) {
        if (option.path("type").asInt() == 7) {
            long id = option.path("value").asLong();
            ObjectNode c = FakeGuild.channel(id, FakeGuild.channelType(id), FakeGuild.channelName(id));
            c.put("permissions", String.valueOf(FakeGuild.permissions(userForInteractions, id)));
            child(resolved, "channels").set(String.valueOf(id), c);
        } else if (option.path("type").asInt() == 11) {
            child(resolved, "attachments").set(option.path("value").asText(), option.path("_attachment"));
            ((ObjectNode) option).remove("_attachment");
        }
        option.path("options").forEach(o -> resolve(o, resolved));
    }

    private static ObjectNode child(ObjectNode parent, String name) {
        return parent.has(name) ? (ObjectNode) parent.get(name) : parent.putObject(name);
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

    /** A user runs a sub-command of a group such as {@code /newsdesk feeds add}; returns the interaction id. */
    String runGroupedSubcommand(String name, String group, String subcommand, long channelId, ObjectNode... options) {
        ObjectNode sub = NODES.objectNode().put("name", subcommand).put("type", 1);
        ArrayNode opts = sub.putArray("options");
        for (ObjectNode o : options) {
            opts.add(o);
        }
        ObjectNode groupNode = NODES.objectNode().put("name", group).put("type", 2);
        groupNode.putArray("options").add(sub);
        return runSlashCommand(name, channelId, groupNode);
    }

    /** A user picks a command from a message's Apps menu; returns the interaction id. */
    String runMessageCommand(String name, long channelId, String messageId) {
        ObjectNode data = NODES.objectNode().put("id", String.valueOf(snowflake())).put("name", name).put("type", 3)
                .put("target_id", messageId);
        data.putObject("resolved").putObject("messages").set(messageId, messages.get(messageId));
        return dispatchInteraction(2, channelId, data, null);
    }

    /**
     * Interactions from now on come from this user: {@link #USER} owns the guild (and so has every permission),
     * {@link #MEMBER} has only the @everyone role, {@link FakeGuild#EDITOR} manages #general only.
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

    /** A message as it stands now (after edits), or null. */
    JsonNode message(String id) {
        return messages.get(id);
    }

    /** The message an interaction's response became. */
    JsonNode originalResponse(String interactionId) {
        return originalOfToken.get(interactionTokens.get(interactionId));
    }

    /** A user clicks a button on a message of the bot. */
    String clickButton(String customId, long channelId, String messageId) {
        ObjectNode data = NODES.objectNode().put("custom_id", customId).put("component_type", 2);
        ObjectNode message = messages.containsKey(messageId) ? messages.get(messageId).deepCopy()
                : NODES.objectNode().put("id", messageId).put("flags", 0);
        return dispatchInteraction(3, channelId, data, message);
    }

    /** A user sends a form (modal) the bot showed, with the values of its text inputs. */
    String submitForm(String customId, long channelId, Map<String, String> values) {
        ObjectNode data = NODES.objectNode().put("custom_id", customId);
        ArrayNode components = data.putArray("components");
        values.forEach((id, value) -> {
            ObjectNode label = components.addObject().put("type", 18).put("id", 1);
            label.putObject("component").put("type", 4).put("id", 2).put("custom_id", id).put("value", value);
        });
        return dispatchInteraction(5, channelId, data, null);
    }

    static ObjectNode textOption(String name, String value) {
        return NODES.objectNode().put("name", name).put("type", 3).put("value", value);
    }

    static ObjectNode boolOption(String name, boolean value) {
        return NODES.objectNode().put("name", name).put("type", 5).put("value", value);
    }

    static ObjectNode channelOption(String name, long channelId) {
        return NODES.objectNode().put("name", name).put("type", 7).put("value", String.valueOf(channelId));
    }

    /** An attached file, served by this fake, as a command option. */
    ObjectNode attachmentOption(String name, String fileName, String contentType, byte[] content) {
        String id = String.valueOf(snowflake());
        files.put(id + "/" + fileName, content);
        ObjectNode option = NODES.objectNode().put("name", name).put("type", 11).put("value", id);
        option.putObject("_attachment").put("id", id).put("filename", fileName).put("size", content.length)
                .put("url", fileUrl(id, fileName)).put("proxy_url", fileUrl(id, fileName)).put("content_type", contentType);
        return option;
    }

    private String fileUrl(String id, String fileName) {
        return "http://127.0.0.1:" + rest.getAddress().getPort() + "/cdn/" + id + "/" + fileName;
    }

    /** A user posts a message; returns its id. */
    String postMessage(long channelId, String content, boolean mentionsBot, boolean mentionsEveryone) {
        return post(channelId, USER, content, mentionsBot, mentionsEveryone, null);
    }

    /** A user posts a message that replies to another; returns its id. */
    String replyTo(String messageId, long channelId, String content) {
        return post(channelId, USER, content, false, false, messageId);
    }

    /** A user posts a message; returns its id. */
    String post(long channelId, long authorId, String content, boolean mentionsBot, boolean mentionsEveryone,
                String replyToId) {
        String id = String.valueOf(snowflake());
        ObjectNode d = NODES.objectNode();
        d.put("id", id).put("type", replyToId == null ? 0 : 19).put("channel_id", String.valueOf(channelId))
                .put("guild_id", String.valueOf(GUILD));
        d.set("author", FakeGuild.user(authorId, FakeGuild.userName(authorId), false));
        d.put("content", content).put("timestamp", Instant.now().toString()).putNull("edited_timestamp")
                .put("tts", false).put("mention_everyone", mentionsEveryone).put("pinned", false).put("flags", 0);
        ArrayNode mentions = d.putArray("mentions");
        if (mentionsBot) {
            mentions.add(FakeGuild.user(BOT, "Newsdesk", true));
        }
        d.putArray("mention_roles");
        d.putArray("attachments");
        d.putArray("embeds");
        d.putArray("components");
        if (replyToId != null) {
            d.putObject("message_reference").put("type", 0).put("message_id", replyToId)
                    .put("channel_id", String.valueOf(channelId)).put("guild_id", String.valueOf(GUILD));
            d.set("referenced_message", messages.get(replyToId));
        }
        store(channelId, d);
        ObjectNode event = d.deepCopy();
        ObjectNode member = FakeGuild.member(FakeGuild.user(authorId, FakeGuild.userName(authorId), false), null);
        member.remove("user");
        event.set("member", member);
        dispatch("MESSAGE_CREATE", event);
        return id;
    }

    /** A member starts a thread of their own (not from a message); returns its id. */
    long startThread(long parentId, long ownerId, String name) {
        long id = snowflake();
        ObjectNode t = FakeGuild.thread(id, parentId, name, ownerId);
        threads.put(id, t);
        dispatch("THREAD_CREATE", t.deepCopy().put("newly_created", true));
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

    /** The path pattern of the follow-up messages of an interaction. */
    String followUpsOf(String interactionId) {
        return "webhooks/\\d+/" + interactionTokens.get(interactionId);
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
            if (r.is("POST", "channels/\\d+/messages") || r.is("PATCH", "channels/\\d+/messages/\\d+")
                    || r.is("PATCH", "webhooks/.*") || r.is("POST", "webhooks/.*")) {
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
    private static final Pattern CALLBACK = Pattern.compile("interactions/\\d+/([^/]+)/callback");
    private static final Pattern CHANNEL_MESSAGES = Pattern.compile("channels/(\\d+)/messages");
    private static final Pattern ONE_MESSAGE = Pattern.compile("channels/(\\d+)/messages/(\\d+)");
    private static final Pattern THREAD_FROM_MESSAGE = Pattern.compile("channels/(\\d+)/messages/(\\d+)/threads");
    private static final Pattern TYPING = Pattern.compile("channels/\\d+/typing");
    private static final Pattern WEBHOOK = Pattern.compile("webhooks/\\d+/([^/]+)(/messages/@original)?");

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

    private void serveFile(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] content = files.get(exchange.getRequestURI().getPath().substring("/cdn/".length()));
            if (content == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.sendResponseHeaders(200, content.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(content);
            }
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
            ObjectNode me = FakeGuild.user(BOT, "Newsdesk", true);
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
            if (threadsByMessage.containsKey(m.group(2))) {
                return new Response(400, NODES.objectNode().put("message", "A thread has already been created for "
                        + "this message").put("code", 160004));
            }
            long threadId = Long.parseLong(m.group(2)); // a thread started from a message has the message's id
            threadsByMessage.put(m.group(2), threadId);
            ObjectNode t = FakeGuild.thread(threadId, Long.parseLong(m.group(1)), body.path("name").asText(), BOT);
            threads.put(threadId, t);
            return new Response(201, t);
        }
        if (method.equals("POST") && (m = CHANNEL_MESSAGES.matcher(path)).matches()) {
            return new Response(200, channelMessage(Long.parseLong(m.group(1)), body));
        }
        if (method.equals("GET") && (m = CHANNEL_MESSAGES.matcher(path)).matches()) {
            return new Response(200, history(Long.parseLong(m.group(1)), query));
        }
        if ((m = ONE_MESSAGE.matcher(path)).matches()) {
            ObjectNode message = messages.get(m.group(2));
            if (message == null || !message.path("channel_id").asText().equals(m.group(1))) {
                return new Response(404, NODES.objectNode().put("message", "Unknown Message").put("code", 10008));
            }
            switch (method) {
                case "GET" -> {
                    return new Response(200, message);
                }
                case "PATCH" -> {
                    edit(message, body);
                    return new Response(200, message);
                }
                case "DELETE" -> {
                    messages.remove(m.group(2));
                    history.getOrDefault(Long.parseLong(m.group(1)), new ArrayList<>()).remove(m.group(2));
                    return new Response(204, null);
                }
                default -> {
                    return notFound();
                }
            }
        }
        if ((method.equals("POST") || method.equals("PATCH")) && (m = WEBHOOK.matcher(path)).matches()) {
            return new Response(200, interactionMessage(m.group(1), m.group(2) != null, body));
        }
        return notFound();
    }

    private static Response notFound() {
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
            JsonNode reference = sent == null ? null : sent.get("message_reference");
            if (reference != null && messages.containsKey(reference.path("message_id").asText())) {
                m.put("type", 19).set("message_reference", reference);
                m.set("referenced_message", messages.get(reference.path("message_id").asText()));
            }
            channelMessages.computeIfAbsent(channelId, k -> new ArrayList<>()).add(m);
            store(channelId, m);
            if (!nonce.isEmpty()) {
                messagesByNonce.put(nonce, m);
            }
            return m;
        }
    }

    /** An interaction's response or follow-up; the original response keeps one id through its edits. */
    private ObjectNode interactionMessage(String token, boolean original, JsonNode sent) {
        long channelId = channelOfToken.getOrDefault(token, CHANNEL);
        if (!original) {
            ObjectNode m = botMessage(channelId, sent);
            store(channelId, m);
            return m;
        }
        synchronized (originalOfToken) {
            ObjectNode m = originalOfToken.get(token);
            if (m == null) {
                m = botMessage(channelId, sent);
                originalOfToken.put(token, m);
                store(channelId, m);
            } else {
                edit(m, sent);
            }
            return m;
        }
    }

    private void store(long channelId, ObjectNode message) {
        messages.put(message.path("id").asText(), message);
        List<String> ids = history.computeIfAbsent(channelId, k -> new ArrayList<>());
        synchronized (ids) {
            ids.add(message.path("id").asText());
        }
    }

    private static void edit(ObjectNode message, JsonNode sent) {
        if (sent == null) {
            return;
        }
        for (String field : List.of("content", "components")) {
            if (sent.has(field)) {
                message.set(field, sent.get(field));
            }
        }
        if (sent.has("embeds")) {
            message.set("embeds", embeds(sent.get("embeds")));
        }
        message.put("edited_timestamp", Instant.now().toString());
    }

    /** Embeds as Discord returns them: each with its type. */
    private static ArrayNode embeds(JsonNode sent) {
        ArrayNode out = NODES.arrayNode();
        sent.forEach(e -> out.add(((ObjectNode) e).deepCopy().put("type", "rich")));
        return out;
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
        List<String> ids;
        List<String> all = history.getOrDefault(channelId, new ArrayList<>());
        synchronized (all) {
            ids = new ArrayList<>(all);
        }
        java.util.Collections.reverse(ids);
        for (String id : ids) {
            ObjectNode m = messages.get(id);
            if (m != null && Long.parseUnsignedLong(id) > after && out.size() < limit) {
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
        m.put("id", String.valueOf(snowflake())).put("type", 0).put("channel_id", String.valueOf(channelId))
                .put("guild_id", String.valueOf(GUILD));
        m.set("author", FakeGuild.user(BOT, "Newsdesk", true));
        m.put("content", sent == null ? "" : sent.path("content").asText(""))
                .put("timestamp", Instant.now().toString()).putNull("edited_timestamp")
                .put("tts", false).put("mention_everyone", false).put("pinned", false)
                .put("flags", sent == null ? 0 : sent.path("flags").asInt(0));
        m.putArray("mentions");
        m.putArray("mention_roles");
        m.putArray("attachments");
        m.set("embeds", sent != null && sent.has("embeds") ? embeds(sent.get("embeds")) : NODES.arrayNode());
        m.set("components", sent != null && sent.has("components") ? sent.get("components") : NODES.arrayNode());
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
        ready.put("v", 10).set("user", FakeGuild.user(BOT, "Newsdesk", true));
        ready.putArray("guilds").addObject().put("id", String.valueOf(GUILD)).put("unavailable", true);
        ready.put("session_id", "fake-session").put("resume_gateway_url", gatewayUrl());
        ready.putArray("private_channels");
        ready.putObject("application").put("id", String.valueOf(APPLICATION)).put("flags", 0);
        dispatch("READY", ready);
        dispatch("GUILD_CREATE", FakeGuild.guild(threads.values().stream().map(ObjectNode::deepCopy).toList()));
    }

    private synchronized void dispatch(String type, JsonNode data) {
        ObjectNode frame = NODES.objectNode().put("op", 0).put("t", type).put("s", sequence.incrementAndGet());
        frame.set("d", data);
        session.send(frame.toString());
    }

    private String dispatchInteraction(int type, long channelId, ObjectNode data, ObjectNode message) {
        String id = String.valueOf(snowflake());
        String token = "interaction-token-" + interactionCounter.incrementAndGet();
        interactionTokens.put(id, token);
        channelOfToken.put(token, channelId);
        long user = userForInteractions;
        ObjectNode d = NODES.objectNode();
        d.put("id", id).put("application_id", String.valueOf(APPLICATION)).put("type", type).put("version", 1)
                .put("token", token)
                .put("guild_id", String.valueOf(GUILD)).put("channel_id", String.valueOf(channelId))
                .put("locale", "en-US").put("guild_locale", "en-US").put("context", 0)
                .put("app_permissions", String.valueOf(FakeGuild.permissions(BOT, channelId)));
        d.putObject("guild").put("id", String.valueOf(GUILD)).put("locale", "en-US").putArray("features");
        ObjectNode thread = threads.get(channelId);
        d.set("channel", thread != null ? thread.deepCopy() : FakeGuild.channel(channelId, FakeGuild.channelType(channelId),
                FakeGuild.channelName(channelId)));
        long permissionsChannel = thread != null ? thread.path("parent_id").asLong() : channelId;
        d.set("member", FakeGuild.member(FakeGuild.user(user, FakeGuild.userName(user), false),
                String.valueOf(FakeGuild.permissions(user, permissionsChannel))));
        d.putObject("authorizing_integration_owners").put("0", String.valueOf(GUILD));
        d.set("data", data);
        if (message != null) {
            d.set("message", message);
        }
        interactionsSentNanos.put(id, System.nanoTime());
        dispatch("INTERACTION_CREATE", d);
        return id;
    }

    /** Ids made from the current time: Discord treats interactions older than 15 minutes as expired. */
    private long snowflake() {
        return ((System.currentTimeMillis() - DISCORD_EPOCH) << 22) | (snowflakeCounter.incrementAndGet() & 0x3FFFFF);
    }

    // ---- the end ----

    @Override
    public void close() throws InterruptedException {
        if (closed.getAndSet(true)) {
            return;
        }
        gateway.stop(1000);
        rest.stop(0);
        restThreads.shutdownNow();
    }
}
