CREATE TYPE "public"."channel" AS ENUM('door_to_door', 'mobile_desk', 'center');--> statement-breakpoint
CREATE TYPE "public"."commune_kind" AS ENUM('ward', 'commune', 'special_zone');--> statement-breakpoint
CREATE TYPE "public"."desk_staff_role" AS ENUM('volunteer', 'civil_servant');--> statement-breakpoint
CREATE TYPE "public"."desk_status" AS ENUM('planned', 'held', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."indicator" AS ENUM('households_reached', 'proficient_households', 'people_served', 'eid_activated', 'signatures_installed', 'sims_given', 'dossiers_submitted', 'payment_apps_installed', 'smartphones_donated', 'mobile_desks_per_remote_village_month');--> statement-breakpoint
CREATE TYPE "public"."member_kind" AS ENUM('union_member', 'student', 'military_youth', 'civil_servant');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('admin', 'provincial_officer', 'commune_secretary', 'center_director');--> statement-breakpoint
CREATE TYPE "public"."shift" AS ENUM('morning', 'afternoon', 'full_day');--> statement-breakpoint
CREATE TYPE "public"."team_kind" AS ENUM('door_to_door', 'mobile_desk', 'center_duty', 'digital_community');--> statement-breakpoint
CREATE TYPE "public"."terrain" AS ENUM('urban', 'plain', 'midland', 'mountain', 'island');--> statement-breakpoint
CREATE TYPE "public"."village_event" AS ENUM('created', 'renamed', 'merged', 'moved');--> statement-breakpoint
CREATE TYPE "public"."village_kind" AS ENUM('thon', 'to_dan_pho', 'ap', 'ban');--> statement-breakpoint
CREATE TABLE "communes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "communes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"province_id" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" "commune_kind" NOT NULL,
	"center_lat" double precision NOT NULL,
	"center_lng" double precision NOT NULL,
	"coords_approximate" boolean DEFAULT true NOT NULL,
	"boundary" jsonb,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "communes_code_unique" UNIQUE("code"),
	CONSTRAINT "communes_id_province_uq" UNIQUE("id","province_id"),
	CONSTRAINT "communes_center_in_vietnam" CHECK ((center_lat between 8.0 and 23.5 and center_lng between 102.0 and 117.9))
);
--> statement-breakpoint
CREATE TABLE "former_communes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "former_communes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commune_id" integer NOT NULL,
	"name" text NOT NULL,
	"merged_on" date,
	CONSTRAINT "former_communes_name_uq" UNIQUE("commune_id","name"),
	CONSTRAINT "former_communes_id_commune_uq" UNIQUE("id","commune_id")
);
--> statement-breakpoint
CREATE TABLE "provinces" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "provinces_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"center_lat" double precision NOT NULL,
	"center_lng" double precision NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "provinces_code_unique" UNIQUE("code"),
	CONSTRAINT "provinces_center_in_vietnam" CHECK ((center_lat between 8.0 and 23.5 and center_lng between 102.0 and 117.9))
);
--> statement-breakpoint
CREATE TABLE "service_centers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "service_centers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commune_id" integer NOT NULL,
	"name" text NOT NULL,
	"address" text,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"daily_dossiers_typical" integer,
	CONSTRAINT "service_centers_id_commune_uq" UNIQUE("id","commune_id"),
	CONSTRAINT "service_centers_in_vietnam" CHECK ((lat between 8.0 and 23.5 and lng between 102.0 and 117.9))
);
--> statement-breakpoint
CREATE TABLE "village_history" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "village_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"village_id" integer NOT NULL,
	"event" "village_event" NOT NULL,
	"previous_name" text,
	"previous_commune_id" integer,
	"merged_into_village_id" integer,
	"effective_on" date NOT NULL,
	"note" text,
	CONSTRAINT "village_history_date_sane" CHECK ("village_history"."effective_on" between '1945-01-01' and '2100-01-01')
);
--> statement-breakpoint
CREATE TABLE "villages" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "villages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commune_id" integer NOT NULL,
	"former_commune_id" integer,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" "village_kind" NOT NULL,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"coords_approximate" boolean DEFAULT true NOT NULL,
	"households_total" integer DEFAULT 0 NOT NULL,
	"distance_km" double precision DEFAULT 0 NOT NULL,
	"terrain" "terrain" DEFAULT 'plain' NOT NULL,
	"remote" boolean DEFAULT false NOT NULL,
	"priority_group" text,
	"has_internet" boolean DEFAULT true NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "villages_code_uq" UNIQUE("commune_id","code"),
	CONSTRAINT "villages_id_commune_uq" UNIQUE("id","commune_id"),
	CONSTRAINT "villages_in_vietnam" CHECK ((lat between 8.0 and 23.5 and lng between 102.0 and 117.9)),
	CONSTRAINT "villages_households_total_sane" CHECK ("villages"."households_total" between 0 and 100000),
	CONSTRAINT "villages_distance_sane" CHECK ("villages"."distance_km" between 0 and 500)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" integer,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"province_id" integer,
	"commune_id" integer,
	"changes" jsonb
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "login_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"succeeded" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recovery_codes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "recovery_codes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"code_hash" text NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "role_policies" (
	"role" "role" PRIMARY KEY NOT NULL,
	"require_totp" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "role" NOT NULL,
	"province_id" integer,
	"commune_id" integer,
	"active" boolean DEFAULT true NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"session_version" integer DEFAULT 1 NOT NULL,
	"totp_secret" text,
	"totp_enabled" boolean DEFAULT false NOT NULL,
	"locale" text,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_scope_matches_role" CHECK (("users"."role" = 'admin' and "users"."province_id" is null and "users"."commune_id" is null)
        or ("users"."role" = 'provincial_officer' and "users"."province_id" is not null and "users"."commune_id" is null)
        or ("users"."role" in ('commune_secretary', 'center_director') and "users"."province_id" is not null and "users"."commune_id" is not null)),
	CONSTRAINT "users_username_format" CHECK ("users"."username" ~ '^[a-z0-9._-]{3,64}$')
);
--> statement-breakpoint
CREATE TABLE "households" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "households_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commune_id" integer NOT NULL,
	"village_id" integer NOT NULL,
	"code" text NOT NULL,
	"head_name" text NOT NULL,
	"elderly" boolean DEFAULT false NOT NULL,
	"poor" boolean DEFAULT false NOT NULL,
	"ethnic_minority" boolean DEFAULT false NOT NULL,
	"has_smartphone" boolean DEFAULT false NOT NULL,
	"has_proficient_member" boolean DEFAULT false NOT NULL,
	"assigned_member_id" integer,
	"first_reached_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "households_code_uq" UNIQUE("commune_id","code"),
	CONSTRAINT "households_id_commune_uq" UNIQUE("id","commune_id"),
	CONSTRAINT "households_code_format" CHECK (length("households"."code") between 1 and 40)
);
--> statement-breakpoint
CREATE TABLE "members" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "members_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commune_id" integer NOT NULL,
	"full_name" text NOT NULL,
	"kind" "member_kind" NOT NULL,
	"village_id" integer,
	"affiliation" text,
	"joined_on" date,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "members_id_commune_uq" UNIQUE("id","commune_id")
);
--> statement-breakpoint
CREATE TABLE "team_members" (
	"team_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"commune_id" integer NOT NULL,
	"is_leader" boolean DEFAULT false NOT NULL,
	CONSTRAINT "team_members_team_id_member_id_pk" PRIMARY KEY("team_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "teams_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commune_id" integer NOT NULL,
	"name" text NOT NULL,
	"kind" "team_kind" NOT NULL,
	"village_id" integer,
	"duty_weekday" integer,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teams_name_uq" UNIQUE("commune_id","name"),
	CONSTRAINT "teams_id_commune_uq" UNIQUE("id","commune_id"),
	CONSTRAINT "teams_duty_weekday_range" CHECK ("teams"."duty_weekday" is null or "teams"."duty_weekday" between 1 and 7)
);
--> statement-breakpoint
CREATE TABLE "training_attendance" (
	"training_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"commune_id" integer NOT NULL,
	CONSTRAINT "training_attendance_training_id_member_id_pk" PRIMARY KEY("training_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "trainings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "trainings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commune_id" integer NOT NULL,
	"held_on" date NOT NULL,
	"title" text NOT NULL,
	"topics" text[] NOT NULL,
	"place" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trainings_id_commune_uq" UNIQUE("id","commune_id"),
	CONSTRAINT "trainings_date_sane" CHECK ("trainings"."held_on" between '2020-01-01' and '2100-01-01'),
	CONSTRAINT "trainings_has_topics" CHECK (cardinality("trainings"."topics") > 0)
);
--> statement-breakpoint
CREATE TABLE "procedures" (
	"code" text PRIMARY KEY NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"funnel_step" integer,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_record_procedures" (
	"record_id" bigint NOT NULL,
	"procedure_code" text NOT NULL,
	CONSTRAINT "support_record_procedures_record_id_procedure_code_pk" PRIMARY KEY("record_id","procedure_code")
);
--> statement-breakpoint
CREATE TABLE "support_records" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "support_records_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_id" integer NOT NULL,
	"village_id" integer NOT NULL,
	"household_id" integer,
	"member_id" integer,
	"mobile_desk_id" integer,
	"served_on" date NOT NULL,
	"channel" "channel" NOT NULL,
	"people_served" integer DEFAULT 0 NOT NULL,
	"households_served" integer DEFAULT 0 NOT NULL,
	"eid_activated" integer DEFAULT 0 NOT NULL,
	"signatures_installed" integer DEFAULT 0 NOT NULL,
	"sims_given" integer DEFAULT 0 NOT NULL,
	"dossiers_submitted" integer DEFAULT 0 NOT NULL,
	"payment_apps_installed" integer DEFAULT 0 NOT NULL,
	"smartphones_donated" integer DEFAULT 0 NOT NULL,
	"note" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_records_date_sane" CHECK ("support_records"."served_on" between '2025-01-01' and '2100-01-01'),
	CONSTRAINT "support_records_people_ge_households" CHECK ("support_records"."people_served" >= "support_records"."households_served"),
	CONSTRAINT "support_records_people_served_sane" CHECK ("people_served" between 0 and 5000),
	CONSTRAINT "support_records_households_served_sane" CHECK ("households_served" between 0 and 5000),
	CONSTRAINT "support_records_eid_activated_sane" CHECK ("eid_activated" between 0 and 5000),
	CONSTRAINT "support_records_signatures_installed_sane" CHECK ("signatures_installed" between 0 and 5000),
	CONSTRAINT "support_records_sims_given_sane" CHECK ("sims_given" between 0 and 5000),
	CONSTRAINT "support_records_dossiers_submitted_sane" CHECK ("dossiers_submitted" between 0 and 5000),
	CONSTRAINT "support_records_payment_apps_installed_sane" CHECK ("payment_apps_installed" between 0 and 5000),
	CONSTRAINT "support_records_smartphones_donated_sane" CHECK ("smartphones_donated" between 0 and 5000)
);
--> statement-breakpoint
CREATE TABLE "village_daily_reach" (
	"village_id" integer NOT NULL,
	"commune_id" integer NOT NULL,
	"day" date NOT NULL,
	"households_first_reached" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "village_daily_reach_village_id_day_pk" PRIMARY KEY("village_id","day"),
	CONSTRAINT "village_daily_reach_nonneg" CHECK ("village_daily_reach"."households_first_reached" >= 0)
);
--> statement-breakpoint
CREATE TABLE "village_daily_stats" (
	"village_id" integer NOT NULL,
	"commune_id" integer NOT NULL,
	"day" date NOT NULL,
	"channel" "channel" NOT NULL,
	"records" integer DEFAULT 0 NOT NULL,
	"people_served" integer DEFAULT 0 NOT NULL,
	"households_served" integer DEFAULT 0 NOT NULL,
	"eid_activated" integer DEFAULT 0 NOT NULL,
	"signatures_installed" integer DEFAULT 0 NOT NULL,
	"sims_given" integer DEFAULT 0 NOT NULL,
	"dossiers_submitted" integer DEFAULT 0 NOT NULL,
	"payment_apps_installed" integer DEFAULT 0 NOT NULL,
	"smartphones_donated" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "village_daily_stats_village_id_day_channel_pk" PRIMARY KEY("village_id","day","channel"),
	CONSTRAINT "village_daily_stats_records_nonneg" CHECK ("village_daily_stats"."records" >= 0)
);
--> statement-breakpoint
CREATE TABLE "village_procedure_daily_stats" (
	"village_id" integer NOT NULL,
	"commune_id" integer NOT NULL,
	"day" date NOT NULL,
	"procedure_code" text NOT NULL,
	"records" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "village_procedure_daily_stats_village_id_day_procedure_code_pk" PRIMARY KEY("village_id","day","procedure_code"),
	CONSTRAINT "village_procedure_daily_stats_nonneg" CHECK ("village_procedure_daily_stats"."records" >= 0)
);
--> statement-breakpoint
CREATE TABLE "duty_roster_entries" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "duty_roster_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commune_id" integer NOT NULL,
	"service_center_id" integer NOT NULL,
	"day" date NOT NULL,
	"shift" "shift" NOT NULL,
	"member_id" integer NOT NULL,
	"team_id" integer,
	"task" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "duty_roster_member_shift_uq" UNIQUE("service_center_id","day","shift","member_id"),
	CONSTRAINT "duty_roster_date_sane" CHECK ("duty_roster_entries"."day" between '2025-01-01' and '2100-01-01')
);
--> statement-breakpoint
CREATE TABLE "mobile_desk_staff" (
	"desk_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"commune_id" integer NOT NULL,
	"role" "desk_staff_role" NOT NULL,
	CONSTRAINT "mobile_desk_staff_desk_id_member_id_pk" PRIMARY KEY("desk_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "mobile_desks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mobile_desks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commune_id" integer NOT NULL,
	"village_id" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"status" "desk_status" DEFAULT 'planned' NOT NULL,
	"note" text,
	"cancel_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mobile_desks_id_commune_uq" UNIQUE("id","commune_id"),
	CONSTRAINT "mobile_desks_ends_after_start" CHECK ("mobile_desks"."ends_at" > "mobile_desks"."starts_at"),
	CONSTRAINT "mobile_desks_short" CHECK ("mobile_desks"."ends_at" - "mobile_desks"."starts_at" <= interval '16 hours'),
	CONSTRAINT "mobile_desks_date_sane" CHECK ("mobile_desks"."starts_at" between '2025-01-01' and '2100-01-01')
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "targets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commune_id" integer NOT NULL,
	"former_commune_id" integer,
	"indicator" "indicator" NOT NULL,
	"target_value" double precision NOT NULL,
	"starts_on" date NOT NULL,
	"due_on" date NOT NULL,
	"note" text,
	"set_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "targets_value_positive" CHECK ("targets"."target_value" > 0 and "targets"."target_value" <= 10000000),
	CONSTRAINT "targets_due_after_start" CHECK ("targets"."due_on" >= "targets"."starts_on"),
	CONSTRAINT "targets_date_sane" CHECK ("targets"."starts_on" between '2025-01-01' and '2100-01-01')
);
--> statement-breakpoint
ALTER TABLE "communes" ADD CONSTRAINT "communes_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "former_communes" ADD CONSTRAINT "former_communes_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_centers" ADD CONSTRAINT "service_centers_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "village_history" ADD CONSTRAINT "village_history_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "village_history" ADD CONSTRAINT "village_history_previous_commune_id_communes_id_fk" FOREIGN KEY ("previous_commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "village_history" ADD CONSTRAINT "village_history_merged_into_village_id_villages_id_fk" FOREIGN KEY ("merged_into_village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "villages" ADD CONSTRAINT "villages_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "villages" ADD CONSTRAINT "villages_former_commune_fk" FOREIGN KEY ("former_commune_id","commune_id") REFERENCES "public"."former_communes"("id","commune_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_codes" ADD CONSTRAINT "recovery_codes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_commune_in_province_fk" FOREIGN KEY ("commune_id","province_id") REFERENCES "public"."communes"("id","province_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_village_fk" FOREIGN KEY ("village_id","commune_id") REFERENCES "public"."villages"("id","commune_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_assigned_member_fk" FOREIGN KEY ("assigned_member_id","commune_id") REFERENCES "public"."members"("id","commune_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_village_fk" FOREIGN KEY ("village_id","commune_id") REFERENCES "public"."villages"("id","commune_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_team_fk" FOREIGN KEY ("team_id","commune_id") REFERENCES "public"."teams"("id","commune_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_member_fk" FOREIGN KEY ("member_id","commune_id") REFERENCES "public"."members"("id","commune_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_village_fk" FOREIGN KEY ("village_id","commune_id") REFERENCES "public"."villages"("id","commune_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_training_fk" FOREIGN KEY ("training_id","commune_id") REFERENCES "public"."trainings"("id","commune_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_member_fk" FOREIGN KEY ("member_id","commune_id") REFERENCES "public"."members"("id","commune_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_record_procedures" ADD CONSTRAINT "support_record_procedures_record_id_support_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."support_records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_record_procedures" ADD CONSTRAINT "support_record_procedures_procedure_code_procedures_code_fk" FOREIGN KEY ("procedure_code") REFERENCES "public"."procedures"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_records" ADD CONSTRAINT "support_records_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_records" ADD CONSTRAINT "support_records_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_records" ADD CONSTRAINT "support_records_village_fk" FOREIGN KEY ("village_id","commune_id") REFERENCES "public"."villages"("id","commune_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_records" ADD CONSTRAINT "support_records_household_fk" FOREIGN KEY ("household_id","commune_id") REFERENCES "public"."households"("id","commune_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_records" ADD CONSTRAINT "support_records_member_fk" FOREIGN KEY ("member_id","commune_id") REFERENCES "public"."members"("id","commune_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_records" ADD CONSTRAINT "support_records_desk_fk" FOREIGN KEY ("mobile_desk_id","commune_id") REFERENCES "public"."mobile_desks"("id","commune_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "village_daily_reach" ADD CONSTRAINT "village_daily_reach_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "village_daily_reach" ADD CONSTRAINT "village_daily_reach_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "village_daily_stats" ADD CONSTRAINT "village_daily_stats_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "village_daily_stats" ADD CONSTRAINT "village_daily_stats_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "village_procedure_daily_stats" ADD CONSTRAINT "village_procedure_daily_stats_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "village_procedure_daily_stats" ADD CONSTRAINT "village_procedure_daily_stats_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "village_procedure_daily_stats" ADD CONSTRAINT "village_procedure_daily_stats_procedure_code_procedures_code_fk" FOREIGN KEY ("procedure_code") REFERENCES "public"."procedures"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_roster_entries" ADD CONSTRAINT "duty_roster_entries_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_roster_entries" ADD CONSTRAINT "duty_roster_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_roster_entries" ADD CONSTRAINT "duty_roster_center_fk" FOREIGN KEY ("service_center_id","commune_id") REFERENCES "public"."service_centers"("id","commune_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_roster_entries" ADD CONSTRAINT "duty_roster_member_fk" FOREIGN KEY ("member_id","commune_id") REFERENCES "public"."members"("id","commune_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_roster_entries" ADD CONSTRAINT "duty_roster_team_fk" FOREIGN KEY ("team_id","commune_id") REFERENCES "public"."teams"("id","commune_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mobile_desk_staff" ADD CONSTRAINT "mobile_desk_staff_desk_fk" FOREIGN KEY ("desk_id","commune_id") REFERENCES "public"."mobile_desks"("id","commune_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mobile_desk_staff" ADD CONSTRAINT "mobile_desk_staff_member_fk" FOREIGN KEY ("member_id","commune_id") REFERENCES "public"."members"("id","commune_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mobile_desks" ADD CONSTRAINT "mobile_desks_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mobile_desks" ADD CONSTRAINT "mobile_desks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mobile_desks" ADD CONSTRAINT "mobile_desks_village_fk" FOREIGN KEY ("village_id","commune_id") REFERENCES "public"."villages"("id","commune_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_former_commune_fk" FOREIGN KEY ("former_commune_id","commune_id") REFERENCES "public"."former_communes"("id","commune_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "communes_province_idx" ON "communes" USING btree ("province_id");--> statement-breakpoint
CREATE INDEX "former_communes_commune_idx" ON "former_communes" USING btree ("commune_id");--> statement-breakpoint
CREATE INDEX "service_centers_commune_idx" ON "service_centers" USING btree ("commune_id");--> statement-breakpoint
CREATE INDEX "village_history_village_idx" ON "village_history" USING btree ("village_id");--> statement-breakpoint
CREATE INDEX "villages_commune_idx" ON "villages" USING btree ("commune_id");--> statement-breakpoint
CREATE INDEX "villages_former_commune_idx" ON "villages" USING btree ("former_commune_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_commune_at_idx" ON "audit_log" USING btree ("commune_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_province_at_idx" ON "audit_log" USING btree ("province_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_user_at_idx" ON "audit_log" USING btree ("user_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "login_attempts_key_at_idx" ON "login_attempts" USING btree ("key","at");--> statement-breakpoint
CREATE INDEX "recovery_codes_user_idx" ON "recovery_codes" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_uq" ON "users" USING btree (lower("username"));--> statement-breakpoint
CREATE INDEX "users_commune_idx" ON "users" USING btree ("commune_id");--> statement-breakpoint
CREATE INDEX "users_province_idx" ON "users" USING btree ("province_id");--> statement-breakpoint
CREATE INDEX "households_village_idx" ON "households" USING btree ("village_id");--> statement-breakpoint
CREATE INDEX "households_assigned_idx" ON "households" USING btree ("assigned_member_id");--> statement-breakpoint
CREATE INDEX "members_commune_idx" ON "members" USING btree ("commune_id","active");--> statement-breakpoint
CREATE INDEX "team_members_member_idx" ON "team_members" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "teams_commune_idx" ON "teams" USING btree ("commune_id");--> statement-breakpoint
CREATE INDEX "training_attendance_member_idx" ON "training_attendance" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "trainings_commune_idx" ON "trainings" USING btree ("commune_id","held_on");--> statement-breakpoint
CREATE INDEX "support_record_procedures_code_idx" ON "support_record_procedures" USING btree ("procedure_code");--> statement-breakpoint
CREATE INDEX "support_records_commune_date_idx" ON "support_records" USING btree ("commune_id","served_on");--> statement-breakpoint
CREATE INDEX "support_records_village_date_idx" ON "support_records" USING btree ("village_id","served_on");--> statement-breakpoint
CREATE INDEX "support_records_household_idx" ON "support_records" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "support_records_member_idx" ON "support_records" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "village_daily_reach_commune_day_idx" ON "village_daily_reach" USING btree ("commune_id","day");--> statement-breakpoint
CREATE INDEX "village_daily_stats_commune_day_idx" ON "village_daily_stats" USING btree ("commune_id","day");--> statement-breakpoint
CREATE INDEX "village_daily_stats_day_idx" ON "village_daily_stats" USING btree ("day");--> statement-breakpoint
CREATE INDEX "village_procedure_daily_stats_commune_day_idx" ON "village_procedure_daily_stats" USING btree ("commune_id","day");--> statement-breakpoint
CREATE INDEX "duty_roster_commune_day_idx" ON "duty_roster_entries" USING btree ("commune_id","day");--> statement-breakpoint
CREATE INDEX "mobile_desk_staff_member_idx" ON "mobile_desk_staff" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "mobile_desks_commune_start_idx" ON "mobile_desks" USING btree ("commune_id","starts_at");--> statement-breakpoint
CREATE INDEX "mobile_desks_village_start_idx" ON "mobile_desks" USING btree ("village_id","starts_at");--> statement-breakpoint
CREATE INDEX "targets_commune_idx" ON "targets" USING btree ("commune_id","due_on");