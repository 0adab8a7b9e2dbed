package newsdesk.discord;

import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/** Makes JDA connect to the given gateway (a proxy, a fake Discord) instead of asking Discord for one. */
final class GatewayAtUrl extends SessionControllerAdapter {
    private final String url;

    GatewayAtUrl(String url) {
        this.url = url;
    }

    @Override
    public String getGateway() {
        return url;
    }
}
