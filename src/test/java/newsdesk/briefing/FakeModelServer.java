package newsdesk.briefing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An OpenAI-compatible chat endpoint on 127.0.0.1 (plain replies only) whose answer depends on the prompt, so each
 * story of a briefing can get its own reply. Records every request.
 */
final class FakeModelServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the server does with one request. */
    interface Behaviour {
        void respond(HttpExchange exchange) throws IOException, InterruptedException;
    }

    /** Chooses the behaviour for a request from its user message. */
    interface Script {
        Behaviour forPrompt(String prompt);
    }

    record Request(JsonNode json) {
        List<JsonNode> messages() {
            List<JsonNode> out = new java.util.ArrayList<>();
            json.path("messages").forEach(out::add);
            return out;
        }

        String userMessage() {
            return messages().stream().filter(m -> m.path("role").asText().equals("user"))
                    .map(m -> m.path("content").asText()).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-model");
        t.setDaemon(true);
        return t;
    });
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Script script = prompt -> status(500, "no script");

    FakeModelServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    FakeModelServer answering(Script script) {
        this.script = script;
        return this;
    }

    List<Request> requests() {
        return requests;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Request request = new Request(JSON.readTree(exchange.getRequestBody().readAllBytes()));
            requests.add(request);
            script.forPrompt(request.userMessage()).respond(exchange);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client went away (timed out)
        }
    }

    static Behaviour reply(String text) {
        return exchange -> {
            ObjectNode root = JSON.createObjectNode();
            root.put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 0).put("model", "fake");
            ObjectNode choice = root.putArray("choices").addObject();
            choice.put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", text);
            root.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 10).put("total_tokens", 20);
            send(exchange, 200, root.toString());
        };
    }

    static Behaviour status(int code, String message) {
        return exchange -> send(exchange, code,
                "{\"error\":{\"message\":\"" + message + "\",\"type\":\"server_error\",\"code\":null}}");
    }

    static Behaviour sleepThen(long millis, Behaviour then) {
        return exchange -> {
            Thread.sleep(millis);
            then.respond(exchange);
        };
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
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
