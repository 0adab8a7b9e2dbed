package newsdesk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An OpenAI-compatible chat endpoint on 127.0.0.1 for tests: records every request and answers with the scripted
 * behaviours in order (the last one repeats), plain JSON or server-sent events as the request asks. With
 * {@link #answering(Script)} the behaviour is chosen from each request's user message instead (e.g. one reply per
 * story of a briefing).
 */
public final class FakeOpenAi implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Request(String body, String authorization) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        public boolean streams() {
            return json().path("stream").asBoolean(false);
        }

        /** Every message, in order. */
        public List<JsonNode> messages() {
            List<JsonNode> out = new ArrayList<>();
            json().path("messages").forEach(out::add);
            return out;
        }

        /** The content of the first message with this role, or null. */
        public String message(String role) {
            for (JsonNode m : json().path("messages")) {
                if (m.path("role").asText().equals(role)) {
                    return m.path("content").asText();
                }
            }
            return null;
        }

        public String userMessage() {
            return message("user");
        }
    }

    /** What the server does with one request. */
    public interface Behaviour {
        void respond(HttpExchange exchange, Request request) throws IOException, InterruptedException;
    }

    /** Chooses the behaviour for a request from its user message. */
    public interface Script {
        Behaviour forPrompt(String prompt);
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-openai");
        t.setDaemon(true);
        return t;
    });
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Deque<Behaviour> script = new ArrayDeque<>();
    private volatile Script byPrompt;

    public FakeOpenAi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Behaviours for the next requests, in order; the last one answers every request after. */
    public synchronized FakeOpenAi then(Behaviour... behaviours) {
        script.addAll(List.of(behaviours));
        return this;
    }

    /** From now on every request gets the behaviour this script chooses from its user message. */
    public FakeOpenAi answering(Script script) {
        this.byPrompt = script;
        return this;
    }

    public List<Request> requests() {
        return requests;
    }

    public Request lastRequest() {
        return requests.get(requests.size() - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Request request = new Request(body, exchange.getRequestHeaders().getFirst("Authorization"));
        requests.add(request);
        try {
            Behaviour behaviour = choose(request);
            if (behaviour == null) {
                status(500, "no behaviour scripted").respond(exchange, request);
            } else {
                behaviour.respond(exchange, request);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client went away (cancelled or timed out)
        } finally {
            exchange.close();
        }
    }

    private Behaviour choose(Request request) {
        Script chooser = byPrompt;
        if (chooser != null) {
            return chooser.forPrompt(request.userMessage());
        }
        synchronized (this) {
            return script.size() > 1 ? script.poll() : script.peek();
        }
    }

    /** The model replies with this text, in one piece or streamed a few characters at a time. */
    public static Behaviour reply(String text) {
        return (exchange, request) -> {
            if (request.streams()) {
                streamed(chunks(text), true).respond(exchange, request);
            } else {
                sendJson(exchange, 200, completion(text).toString());
            }
        };
    }

    public static Behaviour status(int code, String message) {
        return (exchange, request) -> sendJson(exchange, code,
                "{\"error\":{\"message\":\"" + message + "\",\"type\":\"server_error\",\"code\":null}}");
    }

    /**
     * Lets time pass (the test moves its clock past the caller's deadline), then never answers, until the server is
     * closed: the caller must give up on its own clock, and nothing waits for real time to pass.
     */
    public static Behaviour silentAfter(Runnable letTimePass) {
        return (exchange, request) -> {
            letTimePass.run();
            new CountDownLatch(1).await(); // interrupted by close()
        };
    }

    public static Behaviour malformed() {
        return (exchange, request) -> sendJson(exchange, 200, "{\"choices\": [ {\"message\": oops");
    }

    /** Streams the chunks; without {@code finish} the stream just ends (no finish_reason, no [DONE]). */
    public static Behaviour streamed(List<String> chunks, boolean finish) {
        return streamed(chunks, finish, false);
    }

    /** Streams the first half of the chunks, then sends nothing more until the server is closed. */
    public static Behaviour streamedThenStalled(List<String> chunks) {
        return streamed(chunks, true, true);
    }

    private static Behaviour streamed(List<String> chunks, boolean finish, boolean stall) {
        return (exchange, request) -> {
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            int stallAt = stall ? Math.max(1, chunks.size() / 2) : -1;
            for (int i = 0; i < chunks.size(); i++) {
                if (i == stallAt) {
                    out.flush();
                    new CountDownLatch(1).await(); // interrupted by close()
                }
                event(out, chunk(chunks.get(i), null));
            }
            if (finish) {
                event(out, chunk("", "stop"));
                out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        };
    }

    public static List<String> chunks(String text) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i += 7) {
            out.add(text.substring(i, Math.min(text.length(), i + 7)));
        }
        return out;
    }

    private static ObjectNode completion(String text) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 0).put("model", "fake");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", text);
        root.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 10).put("total_tokens", 20);
        return root;
    }

    private static String chunk(String text, String finishReason) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-1").put("object", "chat.completion.chunk").put("created", 0).put("model", "fake");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        if (finishReason == null) {
            choice.putNull("finish_reason");
            choice.putObject("delta").put("content", text);
        } else {
            choice.put("finish_reason", finishReason);
            choice.putObject("delta");
        }
        return root.toString();
    }

    private static void event(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void sendJson(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
