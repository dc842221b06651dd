# syntax=docker/dockerfile:1
# CenterOps: build with the .NET SDK, run on the ASP.NET Core runtime as a non-root user.
#   docker build -t centerops .
#   docker run -p 8080:8080 -v centerops-data:/data centerops
# SQLite by default (database and cookie keys in the /data volume); PostgreSQL: see compose.yaml and
# docs/configuration.md.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files only, so the package layer is reused when only code changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/CenterOps.Platform/CenterOps.Platform.csproj src/CenterOps.Platform/
COPY src/CenterOps.Modules.Organization/CenterOps.Modules.Organization.csproj src/CenterOps.Modules.Organization/
COPY src/CenterOps.Migrations.Sqlite/CenterOps.Migrations.Sqlite.csproj src/CenterOps.Migrations.Sqlite/
COPY src/CenterOps.Migrations.Postgres/CenterOps.Migrations.Postgres.csproj src/CenterOps.Migrations.Postgres/
COPY src/CenterOps.Web/CenterOps.Web.csproj src/CenterOps.Web/
RUN dotnet restore src/CenterOps.Web/CenterOps.Web.csproj
# Everything else (.dockerignore keeps out build output, local databases and results); policy-packs/ travels
# with the app through the Web project.
COPY . .
RUN dotnet publish src/CenterOps.Web/CenterOps.Web.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
# Chromium prints reports, receipts and bills to PDF; the Noto CJK fonts set their Chinese text.
RUN apt-get update && apt-get install -y --no-install-recommends chromium fonts-noto-cjk && rm -rf /var/lib/apt/lists/*
# The image's non-root user ($APP_UID, "app") owns the data volume: SQLite file, WAL and cookie keys.
RUN mkdir -p /data/keys && chown -R $APP_UID /data
COPY --from=build /app .
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ConnectionStrings__CenterOps="Data Source=/data/centerops.db" \
    DataProtection__KeysDirectory=/data/keys
VOLUME /data
EXPOSE 8080
USER $APP_UID
# No HEALTHCHECK: the aspnet image has no curl or wget. Probe from outside instead — GET /health/live (the
# process answers) and GET /health/ready (the database answers) — with the orchestrator's HTTP probes.
ENTRYPOINT ["dotnet", "CenterOps.Web.dll"]
