CREATE TABLE "member_leave" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "member_leave_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commune_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"from_day" date NOT NULL,
	"to_day" date NOT NULL,
	"reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_leave_to_after_from" CHECK ("member_leave"."to_day" >= "member_leave"."from_day"),
	CONSTRAINT "member_leave_short" CHECK ("member_leave"."to_day" - "member_leave"."from_day" <= 366),
	CONSTRAINT "member_leave_date_sane" CHECK ("member_leave"."from_day" between '2025-01-01' and '2100-01-01')
);
--> statement-breakpoint
ALTER TABLE "service_centers" ADD COLUMN "duty_per_day" integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE "service_centers" ADD COLUMN "saturday_duty" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "service_centers" ADD COLUMN "sunday_duty" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "service_centers" ADD COLUMN "open_on_holidays" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "member_leave" ADD CONSTRAINT "member_leave_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_leave" ADD CONSTRAINT "member_leave_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_leave" ADD CONSTRAINT "member_leave_member_fk" FOREIGN KEY ("member_id","commune_id") REFERENCES "public"."members"("id","commune_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "member_leave_commune_day_idx" ON "member_leave" USING btree ("commune_id","from_day");--> statement-breakpoint
CREATE INDEX "member_leave_member_idx" ON "member_leave" USING btree ("member_id","from_day");--> statement-breakpoint
ALTER TABLE "service_centers" ADD CONSTRAINT "service_centers_duty_bounds" CHECK ("service_centers"."duty_per_day" between 0 and 100 and "service_centers"."saturday_duty" between 0 and 100 and "service_centers"."sunday_duty" between 0 and 100);