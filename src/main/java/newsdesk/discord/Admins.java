package newsdesk.discord;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;

/**
 * Who may run Newsdesk's admin features (adding articles, {@code /newsdesk}): members with Manage Server, and
 * members with one of the roles in {@code discord.admin-roles} (ids or names). Without such roles the admin commands
 * are hidden from other members by default; with them they are shown to all and checked here.
 */
final class Admins {
    private final Set<String> roles;

    /** @param roles role ids or names (names compared ignoring case) */
    Admins(Set<String> roles) {
        this.roles = roles.stream().map(r -> r.strip().toLowerCase(Locale.ROOT)).filter(r -> !r.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    boolean allows(Member member) {
        if (member == null) {
            return false;
        }
        if (member.hasPermission(Permission.MANAGE_SERVER)) {
            return true;
        }
        for (Role role : member.getRoles()) {
            if (roles.contains(role.getId()) || roles.contains(role.getName().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    DefaultMemberPermissions defaultPermissions() {
        return roles.isEmpty() ? DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER) : DefaultMemberPermissions.ENABLED;
    }

    /** Whether the member who sent the interaction may use admin features; if not, they are told why, privately. */
    boolean admit(IReplyCallback event) {
        if (allows(event.getMember())) {
            return true;
        }
        event.reply(SafeMessages.create(refusal())).setEphemeral(true).queue();
        return false;
    }

    String refusal() {
        return roles.isEmpty() ? "This needs the **Manage Server** permission."
                : "This needs the **Manage Server** permission or a Newsdesk admin role.";
    }
}
