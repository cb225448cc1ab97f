"""Writes the ACLED fixtures of the event-import tests: acled-sample.csv, an ACLED export of
fifteen events in ACLED's column order (ACLED Codebook), written by Python's csv module, so
that the quoting (notes with commas, a line end and doubled quotes) is RFC 4180's and not
the importer's; and acled-sample.csv.zip, the same file zipped by Python's zipfile.

The relations the tests expect are worked out by hand from these rows (see
Tests/ActorGraphInterchangeTests/ACLEDImportTests.swift).

    python3 Scripts/generate-acled-fixtures.py
"""
import csv
import io
import os
import zipfile

directory = os.path.join(os.path.dirname(__file__), "..", "Tests", "ActorGraphInterchangeTests", "Fixtures", "events")
header = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp".split(",")
A="Military Forces of Nigeria (2015-2023)"; B="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
C="Civilians (Nigeria)"; P="Protesters (Nigeria)"; Po="Police Forces of Nigeria (2015-2023)"; R="Rioters (Nigeria)"
G="Government of Nigeria (2015-2023)"; N="Niger Delta Avengers"
rows = [
 ("NIG1001","03 January 2023","Political violence","Battles","Armed clash",A,"",1,B,"",2,"Daily Trust; Premium Times","On 3 January 2023, military forces clashed with Boko Haram near Bama, Borno. 5 militants were killed.",5),
 ("NIG1002","2023-01-20","Political violence","Battles","Armed clash",B,"",2,A,"",1,"Reuters","Boko Haram attacked a military base at Dikwa; troops repelled the attack.",2),
 ("NIG1003","15 March 2023","Political violence","Battles","Government regains territory",A,"",1,B,"",2,"HumAngle","Troops retook Marte from Boko Haram.",0),
 ("NIG1004","10 January 2023","Political violence","Violence against civilians","Attack",B,"",2,C,"",7,"Vanguard","Boko Haram militants attacked a village near Gwoza.\nSeven civilians were killed, including a \"village head\".",7),
 ("NIG1005","25 January 2023","Political violence","Explosions/Remote violence","Remote explosive/landmine/IED",B,"",2,A,"",1,"Daily Trust","An IED hit a military convoy on the Maiduguri-Damboa road, killing 3 soldiers.",3),
 ("NIG1006","12 January 2023","Demonstrations","Protests","Peaceful protest",P,"Students (Nigeria)",6,"","",0,"Punch","Students protested fee increases in Lagos.",0),
 ("NIG1007","13 January 2023","Demonstrations","Protests","Protest with intervention",P,"",6,Po,"",1,"Punch","Police dispersed protesters in Abuja with tear gas.",0),
 ("NIG1008","14 January 2023","Demonstrations","Riots","Violent demonstration",R,"",5,"","",0,"Guardian (Nigeria)","Rioters burnt tyres in Kano.",0),
 ("NIG1009","16 January 2023","Political violence; Demonstrations","Riots","Mob violence",R,"",5,C,"",7,"Guardian (Nigeria)","A mob killed a suspected thief in Kano.",1),
 ("NIG1010","5 February 2023","Strategic developments","Strategic developments","Agreement",G,"",1,N,"",3,"Premium Times","The government and the Niger Delta Avengers agreed to a ceasefire.",0),
 ("NIG1011","06 February 2023","Strategic developments","Strategic developments","Arrests",Po,"",1,P,"",6,"Punch","Police arrested 12 protesters in Abuja.",0),
 ("NIG1012","07 February 2023","Strategic developments","Strategic developments","Headquarters or base established",B,"",2,"","",0,"HumAngle","Boko Haram set up a camp in the Sambisa forest.",0),
 ("NIG1013","08 February 2023","Strategic developments","Strategic developments","Looting/property destruction",B,"",2,C,"",7,"Vanguard","",0),
 ("NIG1014","09 February 2023","Political violence","Battles","Armed clash",A,"",1,A,"",1,"Reuters","Soldiers mutinied at a base in Maiduguri.",0),
 ("NIG1015","11 January 2023","Political violence","Violence against civilians","Attack",B,"",2,C,"",7,"Vanguard; Reuters","Boko Haram killed 4 farmers near Gwoza, Borno.",4),
]
text = io.StringIO()
w = csv.writer(text, lineterminator="\n")
w.writerow(header)
for (eid,date,disorder,et,sub,a1,as1,i1,a2,as2,i2,src,notes,fat) in rows:
    rec = dict(event_id_cnty=eid,event_date=date,year=date[-4:] if " " in date else date[:4],time_precision=1,disorder_type=disorder,
      event_type=et,sub_event_type=sub,actor1=a1,assoc_actor_1=as1,inter1=i1,actor2=a2,assoc_actor_2=as2,inter2=i2 if a2 else 0,
      interaction=int(f"{min(i1,i2 or 0)}{max(i1,i2 or 0)}") if a2 else i1*10,civilian_targeting="Civilian targeting" if a2==C else "",
      iso=566,region="Western Africa",country="Nigeria",admin1="Borno",admin2="",admin3="",location="Maiduguri",latitude="11.8464",longitude="13.1571",
      geo_precision=1,source=src,source_scale="National",notes=notes,fatalities=fat,tags="",timestamp=1675000000)
    w.writerow([rec[h] for h in header])
data = text.getvalue().encode("utf-8")
with open(os.path.join(directory, "acled-sample.csv"), "wb") as out:
    out.write(data)
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
    archive.writestr(zipfile.ZipInfo("acled-sample.csv", (1980, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
with open(os.path.join(directory, "acled-sample.csv.zip"), "wb") as out:
    out.write(buffer.getvalue())
