// Command reglament-temporal is a full Temporal server (go.temporal.io/server,
// the version the Temporal CLI of temporal.yaml embeds) on PostgreSQL: the
// default store and the visibility store each in a database of their own,
// their schema set up and upgraded by the server's own schema tooling, the
// namespace and search attributes of Reglament registered at start.
//
// All four services (frontend, history, matching, worker) run in this one
// process, as `temporal-server start` runs them when given no --service; a
// cluster runs the same binary (or the official image) once per service.
//
//	reglament-temporal setup-schema --postgres postgres://user:pass@host:port
//	reglament-temporal start --postgres postgres://… --port 7233 --namespace reglament \
//	    --search-attribute ReglamentStage=Keyword
//
// `start` sets the schema up first (idempotent: a database at the current
// version is left alone, an older one upgraded), then prints one line
// `ready <address>` on stdout once the namespace answers.
package main

import (
	"context"
	"flag"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/api/operatorservice/v1"
	"go.temporal.io/api/workflowservice/v1"
	"go.temporal.io/server/common/authorization"
	"go.temporal.io/server/common/cluster"
	"go.temporal.io/server/common/config"
	"go.temporal.io/server/common/dynamicconfig"
	"go.temporal.io/server/common/log"
	"go.temporal.io/server/common/membership/static"
	"go.temporal.io/server/common/persistence/sql/sqlplugin/postgresql"
	"go.temporal.io/server/common/primitives"
	pgschema "go.temporal.io/server/schema/postgresql/v12"
	"go.temporal.io/server/temporal"
	"go.temporal.io/server/tools/common/schema"
	sqltool "go.temporal.io/server/tools/sql"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/durationpb"
)

// A fixed cluster identity: the server stores it on first start and expects
// the same one on every later start against the same databases.
const (
	clusterName = "active"
	clusterID   = "5f0a9c1e-6d1b-4c39-9a53-2e6f1a7d0b15"
)

type options struct {
	postgres      string
	db            string
	visibilityDB  string
	ip            string
	port          int
	httpPort      int
	shards        int
	namespace     string
	retention     time.Duration
	searchAttrs   multiFlag
	logLevel      string
	maxConns      int
	timeoutStart  time.Duration
	skipNamespace bool
}

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: reglament-temporal setup-schema|start [flags]")
		os.Exit(2)
	}
	command := os.Args[1]
	fs := flag.NewFlagSet(command, flag.ExitOnError)
	var o options
	fs.StringVar(&o.postgres, "postgres", "postgres://postgres@127.0.0.1:5432", "PostgreSQL server URL (its database part is ignored)")
	fs.StringVar(&o.db, "db", "temporal", "database for Temporal's default store")
	fs.StringVar(&o.visibilityDB, "visibility-db", "temporal_visibility", "database for Temporal's visibility store")
	fs.StringVar(&o.ip, "ip", "127.0.0.1", "address the services bind to")
	fs.IntVar(&o.port, "port", 7233, "frontend gRPC port")
	fs.IntVar(&o.httpPort, "http-port", 0, "frontend HTTP port (0: a free one)")
	fs.IntVar(&o.shards, "history-shards", 4, "history shards; fixed when the databases are first used")
	fs.StringVar(&o.namespace, "namespace", "default", "namespace to register")
	fs.DurationVar(&o.retention, "retention", 72*time.Hour, "retention of closed workflows in the namespace")
	fs.Var(&o.searchAttrs, "search-attribute", "Name=Type custom search attribute to register (repeatable)")
	fs.StringVar(&o.logLevel, "log-level", "error", "debug | info | warn | error")
	fs.IntVar(&o.maxConns, "max-conns", 20, "PostgreSQL connections per store")
	fs.DurationVar(&o.timeoutStart, "start-timeout", 60*time.Second, "how long to wait for the namespace to answer")
	fs.BoolVar(&o.skipNamespace, "no-namespace", false, "do not register the namespace and search attributes")
	_ = fs.Parse(os.Args[2:])

	logger := log.NewZapLogger(log.BuildZapLogger(log.Config{Level: o.logLevel, Format: "console"}))
	var err error
	switch command {
	case "setup-schema":
		err = setupSchemas(o, logger)
	case "start":
		err = start(o, logger)
	default:
		err = fmt.Errorf("unknown command %q (setup-schema | start)", command)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "reglament-temporal:", err)
		os.Exit(1)
	}
}

// sqlConfig is the postgres12 plugin's configuration for database `name`.
func sqlConfig(o options, name string) (*config.SQL, error) {
	u, err := url.Parse(o.postgres)
	if err != nil {
		return nil, fmt.Errorf("--postgres: %w", err)
	}
	password, _ := u.User.Password()
	port := u.Port()
	if port == "" {
		port = "5432"
	}
	return &config.SQL{
		PluginName:      postgresql.PluginName,
		ConnectAddr:     net.JoinHostPort(u.Hostname(), port),
		ConnectProtocol: "tcp",
		User:            u.User.Username(),
		Password:        password,
		DatabaseName:    name,
		MaxConns:        o.maxConns,
		MaxIdleConns:    o.maxConns,
		MaxConnLifetime: time.Hour,
	}, nil
}

func setupSchemas(o options, logger log.Logger) error {
	for _, s := range []struct{ db, name, version string }{
		{o.db, "postgresql/v12/temporal", pgschema.Version},
		{o.visibilityDB, "postgresql/v12/visibility", pgschema.VisibilityVersion},
	} {
		cfg, err := sqlConfig(o, s.db)
		if err != nil {
			return err
		}
		if err := setupSchema(cfg, s.name, s.version, logger); err != nil {
			return fmt.Errorf("schema of %s: %w", s.db, err)
		}
	}
	return nil
}

// setupSchema creates the database when missing, then either lays the
// current schema down (a database with no recorded version: a fresh one, or
// one whose first set-up stopped half-way, which is cleared first) or applies
// the versioned upgrades past the recorded version (none when current).
func setupSchema(cfg *config.SQL, schemaName, version string, logger log.Logger) error {
	admin := *cfg
	if err := sqltool.DoCreateDatabase(&admin, "postgres", logger); err != nil {
		return fmt.Errorf("create database: %w", err)
	}
	conn, err := sqltool.NewConnection(cfg, logger)
	if err != nil {
		return err
	}
	defer conn.Close()
	current, err := conn.ReadSchemaVersion()
	if err != nil || current == "" {
		return schema.NewSetupSchemaTask(conn, &schema.SetupConfig{
			SchemaName:     schemaName,
			InitialVersion: version,
			Overwrite:      true,
		}, logger).Run()
	}
	return schema.NewUpdateSchemaTask(conn, &schema.UpdateConfig{
		DBName:     cfg.DatabaseName,
		SchemaName: schemaName,
	}, logger).Run()
}

func freePort(ip string) (int, error) {
	l, err := net.Listen("tcp", net.JoinHostPort(ip, "0"))
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func start(o options, logger log.Logger) error {
	if err := setupSchemas(o, logger); err != nil {
		return err
	}
	defaultStore, err := sqlConfig(o, o.db)
	if err != nil {
		return err
	}
	visibilityStore, err := sqlConfig(o, o.visibilityDB)
	if err != nil {
		return err
	}
	ports := map[string]int{"frontend": o.port}
	for _, service := range []string{"history", "matching", "worker", "http"} {
		if ports[service], err = freePort(o.ip); err != nil {
			return err
		}
	}
	if o.httpPort != 0 {
		ports["http"] = o.httpPort
	}
	frontend := net.JoinHostPort(o.ip, strconv.Itoa(o.port))

	var conf config.Config
	conf.Global.Membership.MaxJoinDuration = 30 * time.Second
	conf.Global.Membership.BroadcastAddress = o.ip
	conf.Persistence.DefaultStore = "default"
	conf.Persistence.VisibilityStore = "visibility"
	conf.Persistence.NumHistoryShards = int32(o.shards)
	conf.Persistence.DataStores = map[string]config.DataStore{
		"default":    {SQL: defaultStore},
		"visibility": {SQL: visibilityStore},
	}
	conf.ClusterMetadata = &cluster.Config{
		EnableGlobalNamespace:    false,
		FailoverVersionIncrement: 10,
		MasterClusterName:        clusterName,
		CurrentClusterName:       clusterName,
		ClusterInformation: map[string]cluster.ClusterInformation{
			clusterName: {
				Enabled:                true,
				InitialFailoverVersion: 1,
				RPCAddress:             frontend,
				HTTPAddress:            net.JoinHostPort(o.ip, strconv.Itoa(ports["http"])),
				ClusterID:              clusterID,
			},
		},
	}
	conf.DCRedirectionPolicy.Policy = "noop"
	conf.Services = map[string]config.Service{}
	for _, service := range []string{"frontend", "history", "matching", "worker"} {
		var s config.Service
		s.RPC.GRPCPort = ports[service]
		s.RPC.BindOnIP = o.ip
		if service == "frontend" {
			s.RPC.HTTPPort = ports["http"]
		}
		conf.Services[service] = s
	}
	conf.Archival.History.State = "disabled"
	conf.Archival.Visibility.State = "disabled"
	conf.NamespaceDefaults.Archival.History.State = "disabled"
	conf.NamespaceDefaults.Archival.Visibility.State = "disabled"
	conf.PublicClient.HostPort = frontend

	authorizer, err := authorization.GetAuthorizerFromConfig(&conf.Global.Authorization)
	if err != nil {
		return err
	}
	claimMapper, err := authorization.GetClaimMapperFromConfig(&conf.Global.Authorization, logger)
	if err != nil {
		return err
	}
	host := func(service string) static.Hosts {
		return static.SingleLocalHost(net.JoinHostPort(o.ip, strconv.Itoa(ports[service])))
	}
	server, err := temporal.NewServer(
		temporal.WithConfig(&conf),
		temporal.ForServices(temporal.DefaultServices),
		temporal.WithStaticHosts(map[primitives.ServiceName]static.Hosts{
			primitives.FrontendService: host("frontend"),
			primitives.HistoryService:  host("history"),
			primitives.MatchingService: host("matching"),
			primitives.WorkerService:   host("worker"),
		}),
		temporal.WithLogger(logger),
		temporal.WithAuthorizer(authorizer),
		temporal.WithClaimMapper(func(*config.Config) authorization.ClaimMapper { return claimMapper }),
		temporal.WithDynamicConfigClient(dynamicconfig.StaticClient{
			// The mutable-state cache the CLI's dev server uses too.
			dynamicconfig.HistoryCacheHostLevelMaxSize.Key(): 8096,
		}),
	)
	if err != nil {
		return err
	}
	if err := server.Start(); err != nil {
		return err
	}
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, syscall.SIGINT)

	if !o.skipNamespace {
		ctx, cancel := context.WithTimeout(context.Background(), o.timeoutStart)
		err = register(ctx, frontend, o)
		cancel()
		if err != nil {
			server.Stop()
			return err
		}
	}
	fmt.Printf("ready %s\n", frontend)
	<-stop
	server.Stop()
	return nil
}

// register adds the namespace and its search attributes when missing, and
// returns once the frontend answers for them (the namespace cache refreshes
// every few seconds, so a new namespace is not served at once).
func register(ctx context.Context, frontend string, o options) error {
	conn, err := grpc.NewClient(frontend, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		return err
	}
	defer conn.Close()
	workflows := workflowservice.NewWorkflowServiceClient(conn)
	operator := operatorservice.NewOperatorServiceClient(conn)
	wanted := map[string]enumspb.IndexedValueType{}
	for _, spec := range o.searchAttrs {
		name, typ, ok := strings.Cut(spec, "=")
		value, known := enumspb.IndexedValueType_shorthandValue[typ]
		if !ok || !known {
			return fmt.Errorf("--search-attribute %q: want Name=Type (Keyword, Text, Int, Double, Bool, Datetime, KeywordList)", spec)
		}
		wanted[name] = enumspb.IndexedValueType(value)
	}
	return retry(ctx, func(ctx context.Context) error {
		_, err := workflows.RegisterNamespace(ctx, &workflowservice.RegisterNamespaceRequest{
			Namespace:                        o.namespace,
			WorkflowExecutionRetentionPeriod: durationpb.New(o.retention),
		})
		if err != nil && status.Code(err) != codes.AlreadyExists {
			return err
		}
		if _, err := workflows.DescribeNamespace(ctx, &workflowservice.DescribeNamespaceRequest{Namespace: o.namespace}); err != nil {
			return err
		}
		list, err := operator.ListSearchAttributes(ctx, &operatorservice.ListSearchAttributesRequest{Namespace: o.namespace})
		if err != nil {
			return err
		}
		missing := map[string]enumspb.IndexedValueType{}
		for name, typ := range wanted {
			if _, ok := list.CustomAttributes[name]; !ok {
				missing[name] = typ
			}
		}
		if len(missing) == 0 {
			return nil
		}
		if _, err := operator.AddSearchAttributes(ctx, &operatorservice.AddSearchAttributesRequest{
			Namespace:        o.namespace,
			SearchAttributes: missing,
		}); err != nil {
			return err
		}
		return fmt.Errorf("search attributes added, waiting for them to be listed")
	})
}

func retry(ctx context.Context, attempt func(context.Context) error) error {
	for {
		callCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
		err := attempt(callCtx)
		cancel()
		if err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("namespace not ready in time: %w", err)
		case <-time.After(250 * time.Millisecond):
		}
	}
}
