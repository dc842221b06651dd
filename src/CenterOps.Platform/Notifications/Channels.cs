using System.Collections.Concurrent;
using System.Net.Http.Json;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CenterOps.Platform.Notifications;

/// <summary>The outcome of one delivery try through a channel.</summary>
public sealed record DeliveryResult(bool Succeeded, bool ConfirmedDelivered, string? Error)
{
    public static readonly DeliveryResult Sent = new(true, false, null);
    public static readonly DeliveryResult Delivered = new(true, true, null);

    public static DeliveryResult Failed(string error) => new(false, false, error);
}

/// <summary>A way of reaching a person: in-app, email, SMS, WeChat.</summary>
public interface INotificationChannel
{
    Channel Kind { get; }

    Task<DeliveryResult> SendAsync(Notification message, CancellationToken ct);
}

/// <summary>In-app messages are delivered by being stored; the bell in the console reads them.</summary>
internal sealed class InAppChannel : INotificationChannel
{
    public Channel Kind => Channel.InApp;

    public Task<DeliveryResult> SendAsync(Notification message, CancellationToken ct) => Task.FromResult(DeliveryResult.Delivered);
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    /// <summary>None, Auto, SslOnConnect, StartTls, StartTlsWhenAvailable (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "Auto";
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "CenterOps <no-reply@centerops.local>";
}

/// <summary>Email through any SMTP server (MailKit). Without a configured host, sending fails visibly and is retried.</summary>
internal sealed class EmailChannel(IOptions<SmtpOptions> options) : INotificationChannel
{
    public Channel Kind => Channel.Email;

    public async Task<DeliveryResult> SendAsync(Notification message, CancellationToken ct)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.Host))
        {
            return DeliveryResult.Failed("Smtp:Host is not configured");
        }
        var mail = new MimeMessage();
        mail.From.Add(MailboxAddress.Parse(o.From));
        mail.To.Add(MailboxAddress.Parse(message.Address));
        mail.Subject = message.Subject;
        mail.Body = new TextPart("plain") { Text = message.Body };
        mail.Headers.Add("X-CenterOps-Notification", message.Id.ToString());
        using var smtp = new SmtpClient();
        try
        {
            await smtp.ConnectAsync(o.Host, o.Port, Enum.Parse<SecureSocketOptions>(o.Security, ignoreCase: true), ct);
            if (!string.IsNullOrEmpty(o.UserName))
            {
                await smtp.AuthenticateAsync(o.UserName, o.Password ?? "", ct);
            }
            await smtp.SendAsync(mail, ct);
            await smtp.DisconnectAsync(quit: true, ct);
            return DeliveryResult.Sent;
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or IOException or System.Net.Sockets.SocketException or AuthenticationException or ParseException)
        {
            return DeliveryResult.Failed(e.Message);
        }
    }
}

public sealed class GatewayOptions
{
    /// <summary>Recording (default: keep messages in memory and the log, send nothing) or Http.</summary>
    public string Mode { get; set; } = "Recording";
    /// <summary>For Http: the gateway URL that receives <c>POST {"to","subject","text","id"}</c> as JSON.</summary>
    public Uri? Url { get; set; }
    /// <summary>For Http: sent as <c>Authorization: Bearer …</c>.</summary>
    public string? Token { get; set; }
}

/// <summary>What the recording sink of the SMS and WeChat channels holds: the messages that would have gone out.</summary>
public sealed class RecordingSink
{
    readonly ConcurrentQueue<(Channel Channel, string To, string Text)> _messages = new();

    public IReadOnlyList<(Channel Channel, string To, string Text)> Messages => [.. _messages];

    internal void Add(Channel channel, string to, string text) => _messages.Enqueue((channel, to, text));
}

/// <summary>
/// SMS and WeChat reach the outside world through a gateway we cannot test against here; by default they record
/// (development, tests), and in production post to an HTTP gateway adapter configured per channel.
/// </summary>
internal sealed class GatewayChannel(Channel kind, GatewayOptions options, RecordingSink sink, IHttpClientFactory http) : INotificationChannel
{
    public Channel Kind => kind;

    public async Task<DeliveryResult> SendAsync(Notification message, CancellationToken ct)
    {
        if (!string.Equals(options.Mode, "Http", StringComparison.OrdinalIgnoreCase))
        {
            sink.Add(kind, message.Address, $"{message.Subject}\n{message.Body}");
            return DeliveryResult.Sent;
        }
        if (options.Url is null)
        {
            return DeliveryResult.Failed($"Notifications:{kind}:Url is not configured");
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Url)
        {
            Content = JsonContent.Create(new { to = message.Address, subject = message.Subject, text = message.Body, id = message.Id }),
        };
        if (options.Token is { Length: > 0 } token)
        {
            request.Headers.Authorization = new("Bearer", token);
        }
        try
        {
            using var response = await http.CreateClient(nameof(GatewayChannel)).SendAsync(request, ct);
            return response.IsSuccessStatusCode ? DeliveryResult.Sent : DeliveryResult.Failed($"gateway answered {(int)response.StatusCode}");
        }
        catch (HttpRequestException e)
        {
            return DeliveryResult.Failed(e.Message);
        }
    }
}
