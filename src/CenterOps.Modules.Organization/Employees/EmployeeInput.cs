using CenterOps.Modules.Organization.Domain;
using CenterOps.Platform.Api;
using CenterOps.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Modules.Organization.Employees;

/// <summary>The fields of an employee that people enter, with their rules; shared by create and update.</summary>
public sealed record EmployeeInput(
    string? Name,
    Guid? DepartmentId,
    Guid? PositionId,
    Guid? ManagerId,
    int? YearsOfExperience,
    IReadOnlyList<string>? Specialities,
    IReadOnlyList<string>? Industries,
    IReadOnlyList<string>? Qualifications,
    string? Phone,
    string? Email,
    DateOnly? HiredOn)
{
    internal async Task<Validation> ValidateAsync(Validation v, AppDbContext db, Guid? self, CancellationToken ct)
    {
        v.Text("name", Name, 50)
            .Required("departmentId", DepartmentId)
            .Required("positionId", PositionId)
            .Range("yearsOfExperience", YearsOfExperience, 0, 60)
            .List("specialities", Specialities, 20, 64)
            .List("industries", Industries, 20, 64)
            .List("qualifications", Qualifications, 20, 100)
            .Text("phone", Phone, 30, required: false)
            .Text("email", Email, 256, required: false)
            .Check(Email is null or "" || Email.Contains('@', StringComparison.Ordinal), "email", "Validation.Email");
        // Ids must name rows of the caller's centre; the query filter hides every other centre's rows.
        if (DepartmentId is { } d && !await db.Set<Department>().AnyAsync(x => x.Id == d, ct))
        {
            v.Add("departmentId", v.Message("Validation.UnknownOption"));
        }
        if (PositionId is { } p && !await db.Set<Position>().AnyAsync(x => x.Id == p, ct))
        {
            v.Add("positionId", v.Message("Validation.UnknownOption"));
        }
        if (ManagerId is { } m && (m == self || !await db.Set<Employee>().AnyAsync(x => x.Id == m, ct)))
        {
            v.Add("managerId", v.Message("Validation.UnknownOption"));
        }
        return v;
    }

    internal void ApplyTo(Employee e)
    {
        e.Name = Name!.Trim();
        e.DepartmentId = DepartmentId!.Value;
        e.PositionId = PositionId!.Value;
        e.ManagerId = ManagerId;
        e.YearsOfExperience = YearsOfExperience!.Value;
        e.Specialities = Clean(Specialities);
        e.Industries = Clean(Industries);
        e.Qualifications = Clean(Qualifications);
        e.Phone = string.IsNullOrWhiteSpace(Phone) ? null : Phone.Trim();
        e.Email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim();
        e.HiredOn = HiredOn;
    }

    static List<string> Clean(IReadOnlyList<string>? values) =>
        values?.Select(x => x.Trim()).Distinct(StringComparer.Ordinal).ToList() ?? [];
}
