CREATE TABLE "roster_swap_requests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "roster_swap_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commune_id" integer NOT NULL,
	"service_center_id" integer NOT NULL,
	"first_entry_id" integer NOT NULL,
	"first_version" integer NOT NULL,
	"second_entry_id" integer NOT NULL,
	"second_version" integer NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decision_note" text,
	"proposed_by" integer,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roster_swap_requests_status" CHECK ("roster_swap_requests"."status" in ('pending', 'accepted', 'declined', 'withdrawn')),
	CONSTRAINT "roster_swap_requests_distinct" CHECK ("roster_swap_requests"."first_entry_id" <> "roster_swap_requests"."second_entry_id"),
	CONSTRAINT "roster_swap_requests_reason_len" CHECK (char_length("roster_swap_requests"."reason") between 1 and 500),
	CONSTRAINT "roster_swap_requests_decided" CHECK (("roster_swap_requests"."status" = 'pending') = ("roster_swap_requests"."decided_at" is null))
);
--> statement-breakpoint
ALTER TABLE "villages" ADD COLUMN "desk_target_per_month" integer;--> statement-breakpoint
ALTER TABLE "roster_swap_requests" ADD CONSTRAINT "roster_swap_requests_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_swap_requests" ADD CONSTRAINT "roster_swap_requests_first_entry_id_duty_roster_entries_id_fk" FOREIGN KEY ("first_entry_id") REFERENCES "public"."duty_roster_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_swap_requests" ADD CONSTRAINT "roster_swap_requests_second_entry_id_duty_roster_entries_id_fk" FOREIGN KEY ("second_entry_id") REFERENCES "public"."duty_roster_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_swap_requests" ADD CONSTRAINT "roster_swap_requests_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_swap_requests" ADD CONSTRAINT "roster_swap_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_swap_requests" ADD CONSTRAINT "roster_swap_requests_center_fk" FOREIGN KEY ("service_center_id","commune_id") REFERENCES "public"."service_centers"("id","commune_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "roster_swap_requests_commune_status_idx" ON "roster_swap_requests" USING btree ("commune_id","status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "issued_reports_province_number_uq" ON "issued_reports" USING btree ("province_id","kind","year","number") WHERE "issued_reports"."commune_id" is null;--> statement-breakpoint
ALTER TABLE "villages" ADD CONSTRAINT "villages_desk_target_sane" CHECK ("villages"."desk_target_per_month" between 0 and 8);