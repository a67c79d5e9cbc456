@echo off
rem genai-vs-llm launcher for Windows (cmd.exe), for the distribution archive and a checkout.
rem It finds Java (JAVA_HOME, else PATH), passes the arguments and the exit code through
rem unchanged and keeps JVM diagnostics off stdout, even when the JVM cannot start. JAVA_OPTS
rem adds JVM options; GENAI_VS_LLM_NO_NODE_CACHE=1 parses the bundled content at every start
rem (ADR 7).
setlocal
set "ROOT=%~dp0.."
set "JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA (
  where java >nul 2>&1 && set "JAVA=java"
)
if not defined JAVA (
  echo genai-vs-llm: no Java found: install a JDK 17 or newer, or set JAVA_HOME 1>&2
  exit /b 1
)
set "JAR=%ROOT%\lib\genai-vs-llm.jar"
if not exist "%JAR%" set "JAR=%ROOT%\target\genai-vs-llm.jar"
if not exist "%JAR%" (
  echo genai-vs-llm: the jar is not built: run mvn package first 1>&2
  exit /b 1
)
for %%J in ("%JAR%") do set "NODE_CACHE=%%~dpJcontent-cache"
if defined GENAI_VS_LLM_NO_NODE_CACHE set "NODE_CACHE="
"%JAVA%" -XX:+DisplayVMOutputToStderr -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms8m -XX:-UsePerfData -Xshare:auto %JAVA_OPTS% -Xlog:disable -Xlog:all=warning:stderr "-Dgenai-vs-llm.content=%ROOT%\content" "-Dgenai-vs-llm.node-cache=%NODE_CACHE%" -jar "%JAR%" %*
exit /b %ERRORLEVEL%
