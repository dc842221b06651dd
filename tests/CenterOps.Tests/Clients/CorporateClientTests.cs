using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CenterOps.Modules.Clients.Domain;
using CenterOps.Platform.Rules;
using CenterOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Tests.Clients;

/// <summary>CRM-1: a company books counselling for a group of employees, proves its lawful business and sends its people.</summary>
public sealed class CorporateClientTests(TestApp app) : IClassFixture<TestApp>
{
    static object Company(string name, int headcount = 2, string creditCode = "91350100M000100Y43") => new
    {
        companyName = name,
        creditCode,
        contactName = "赵经理",
        contactPhone = "021-5555 0101",
        targetGroup = "中层转岗人员",
        headcount,
        serviceFrom = "2026-12-01",
        serviceTo = "2027-02-28",
        goals = "三个月内完成新岗位角色适应",
        channel = "Hotline",
    };

    static async Task<HttpResponseMessage> UploadAsync(HttpClient staff, Guid company, byte[] content, string type, string fileName)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue(type);
        return await staff.PostAsync($"/api/crm/corporate-clients/{company}/qualification?fileName={Uri.EscapeDataString(fileName)}", body);
    }

    [Fact]
    [Trait("Requirement", "CRM-1")]
    [Trait("Requirement", "CRM-2")]
    public async Task A_company_is_registered_with_its_qualification_and_participants_up_to_the_agreed_headcount()
    {
        var staff = await app.SignedInAsync("manager");
        var company = (await staff.PostOkAsync("/api/crm/corporate-clients", Company("上海远航科技有限公司"))).Id();
        var timer = await app.WithDbAsync(db => db.Set<RuleTimer>().IgnoreQueryFilters()
            .SingleAsync(t => t.SubjectType == "corporate-client" && t.SubjectId == company.ToString()));
        Assert.Equal("MINI-MATCH-2H", timer.RuleId);

        var pdf = "%PDF-1.7\n营业执照"u8.ToArray();
        var uploaded = await UploadAsync(staff, company, pdf, "application/pdf", "营业执照.pdf");
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var download = await staff.GetAsync($"/api/crm/corporate-clients/{company}/qualification");
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());

        var existing = (await staff.RegisterAsync(ClientData.Client("已登记员工"))).Id();
        var linked = await staff.PostAsJsonAsync($"/api/crm/corporate-clients/{company}/participants", new { clientId = existing });
        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        var added = await staff.PostAsJsonAsync($"/api/crm/corporate-clients/{company}/participants", new
        {
            client = new { client = ClientData.Client("新员工甲", channel: "WalkIn") },
        });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var third = await staff.PostAsJsonAsync($"/api/crm/corporate-clients/{company}/participants", new
        {
            client = new { client = ClientData.Client("新员工乙") },
        });
        Assert.Contains("2", (await third.AssertProblemAsync(HttpStatusCode.Conflict)).GetProperty("title").GetString(), StringComparison.Ordinal);

        var file = await staff.GetJsonAsync($"/api/crm/corporate-clients/{company}");
        Assert.Equal("中层转岗人员", file.GetProperty("targetGroup").GetString());
        Assert.Equal("02155550101", file.GetProperty("contactPhone").GetString());
        Assert.Equal("营业执照.pdf", file.GetProperty("qualification").GetProperty("fileName").GetString());
        var participants = file.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["已登记员工", "新员工甲"], participants.Order());
        var member = await staff.GetJsonAsync($"/api/crm/clients/{(await added.JsonAsync()).Id()}");
        Assert.Equal(("CorporateParticipant", "上海远航科技有限公司"), (member.GetProperty("kind").GetString(), member.GetProperty("company").GetString()));
    }

    [Fact]
    [Trait("Requirement", "CRM-1")]
    public async Task Bad_company_details_and_documents_are_refused_and_nothing_is_stored()
    {
        var staff = await app.SignedInAsync("manager");
        var before = await app.CountAsync<CorporateClient>();
        var bad = await staff.PostAsJsonAsync("/api/crm/corporate-clients", new
        {
            companyName = "",
            creditCode = "91350100M000100Y44",
            contactName = "钱",
            contactPhone = "12",
            targetGroup = "新员工",
            headcount = 0,
            serviceFrom = "2027-03-01",
            serviceTo = "2027-01-01",
        });
        var problem = await bad.AssertProblemAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "companyName", "creditCode", "contactPhone", "headcount", "serviceTo", "channel" })
        {
            Assert.NotEmpty(problem.FieldErrors(field));
        }
        Assert.Equal(before, await app.CountAsync<CorporateClient>());

        var company = (await staff.PostOkAsync("/api/crm/corporate-clients", Company("深圳启明有限公司", creditCode: "91440300708461136T"))).Id();
        var exe = await UploadAsync(staff, company, [0x4D, 0x5A, 0x90], "application/x-msdownload", "资质.exe");
        Assert.NotEmpty((await exe.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("file"));
        var fake = await UploadAsync(staff, company, "not a pdf"u8.ToArray(), "application/pdf", "资质.pdf");
        Assert.NotEmpty((await fake.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("file"));
        var big = new byte[(10 * 1024 * 1024) + 1];
        "%PDF"u8.CopyTo(big);
        var tooBig = await UploadAsync(staff, company, big, "application/pdf", "资质.pdf");
        Assert.NotEmpty((await tooBig.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("file"));
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(staff, company, png, "image/png", "资质.png")).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<QualificationDocument>().IgnoreQueryFilters().CountAsync(d => d.CorporateClientId == company)));

        await (await UploadAsync(staff, Guid.NewGuid(), png, "image/png", "x.png")).AssertProblemAsync(HttpStatusCode.NotFound);
        var clerk = await app.SignedInAsync("staff");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync($"/api/crm/corporate-clients/{company}")).StatusCode);
    }
}
