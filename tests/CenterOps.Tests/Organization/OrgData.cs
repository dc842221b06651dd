using System.Text.Json;
using CenterOps.Tests.Infrastructure;

namespace CenterOps.Tests.Organization;

/// <summary>Looks up the centre's departments and positions by name, as a person picks them from a list.</summary>
public static class OrgData
{
    public static async Task<Guid> DepartmentAsync(this HttpClient client, string name) =>
        (await client.GetJsonAsync("/api/org/departments")).EnumerateArray().First(d => d.GetProperty("name").GetString() == name).Id();

    public static async Task<Guid> PositionAsync(this HttpClient client, string name) =>
        (await client.GetJsonAsync("/api/org/positions")).EnumerateArray().First(p => p.GetProperty("name").GetString() == name).Id();

    public static async Task<JsonElement> HireAsync(this HttpClient client, string name, string position = "咨询师", string department = "咨询部",
        int years = 3, string[]? specialities = null, Guid? managerId = null) =>
        await client.PostOkAsync("/api/org/employees", new
        {
            name,
            departmentId = await client.DepartmentAsync(department),
            positionId = await client.PositionAsync(position),
            managerId,
            yearsOfExperience = years,
            specialities = specialities ?? [],
            industries = new[] { "互联网" },
            qualifications = new[] { "国家二级心理咨询师" },
            phone = "13800000000",
        });
}
