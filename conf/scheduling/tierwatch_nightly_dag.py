"""Tierwatch nightly run as an Airflow DAG (an example: copy into the DAGs folder and adjust).

The run date is Airflow's logical date ({{ ds }}): a re-run or a backfill of a day replaces that
day's run (run id run-YYYY-MM-DD) and reads whatever files have landed by then. Missed nights
need no backfill: the next run reads every file that landed meanwhile.

Exit codes: 0 done; 2 bad input or configuration, which a retry cannot fix, so the task fails
without retries (AirflowFailException); 1 any other failure, including another run still
writing to the same warehouse, which a later retry can fix.
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.exceptions import AirflowFailException
from airflow.operators.python import PythonOperator
import subprocess

TIERWATCH_HOME = "/opt/tierwatch"
INPUT = "s3a://example-bucket/tierwatch/landing"
WAREHOUSE = "s3a://example-bucket/tierwatch/warehouse"


def run_nightly(ds, **_):
    """Runs the nightly job for the logical date and maps its exit code to Airflow's terms."""
    command = [
        "spark-submit",
        "--master", "yarn",
        "--deploy-mode", "client",
        "--packages", "io.delta:delta-spark_2.12:3.3.2",
        "--class", "org.tierwatch.cli.TierwatchCli",
        "--files", f"{TIERWATCH_HOME}/conf/cluster.conf,{TIERWATCH_HOME}/conf/risk-model.conf",
        f"{TIERWATCH_HOME}/jobs/target/tierwatch-jobs-0.1.0-SNAPSHOT-assembly.jar",
        "nightly", "--conf", "cluster.conf",
        "--input", INPUT, "--warehouse", WAREHOUSE, "--run-date", ds,
    ]
    code = subprocess.run(command, cwd=TIERWATCH_HOME).returncode
    if code == 2:
        raise AirflowFailException("tierwatch: bad input or configuration; see the task log")
    if code != 0:
        raise RuntimeError(f"tierwatch nightly failed with exit code {code}")


with DAG(
    dag_id="tierwatch_nightly",
    start_date=datetime(2026, 11, 1),
    schedule="30 2 * * *",
    catchup=False,
    max_active_runs=1,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=20)},
) as dag:
    PythonOperator(
        task_id="nightly",
        python_callable=run_nightly,
        execution_timeout=timedelta(hours=4),
    )
