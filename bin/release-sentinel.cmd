@echo off
rem release-sentinel launcher for Windows (cmd.exe): runs the jar with the JVM options of
rem jvm.options beside this file, passes the arguments as given and returns java's exit code
rem (0 SAFE, 1 BLOCKED, 2 CRITICAL). docs/install.md; the POSIX launcher is bin\release-sentinel.
rem
rem   JAVA_HOME                   the Java runtime to use (else java.exe on PATH)
rem   RELEASE_SENTINEL_JAVA_OPTS  more JVM options, placed after the defaults (so they win)
rem   RELEASE_SENTINEL_JAR        the jar (else ..\lib\release-sentinel.jar beside this file)
rem
rem It writes nothing (the install directory may be read-only) and keeps no class-data archive:
rem the JVM's default CDS archive applies.
setlocal

set "RS_BIN=%~dp0"
set "RS_JAR=%RELEASE_SENTINEL_JAR%"
if not defined RS_JAR set "RS_JAR=%RS_BIN%..\lib\release-sentinel.jar"
if exist "%RS_JAR%" goto :jar_found
>&2 echo release-sentinel: error: cannot find the jar "%RS_JAR%"; set RELEASE_SENTINEL_JAR to its path
exit /b 2
:jar_found

if not defined JAVA_HOME goto :java_on_path
set "RS_JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%RS_JAVA%" goto :java_found
>&2 echo release-sentinel: error: JAVA_HOME is "%JAVA_HOME%", which has no bin\java.exe
exit /b 2
:java_on_path
set "RS_JAVA=java.exe"
where /q java.exe
if not errorlevel 1 goto :java_found
>&2 echo release-sentinel: error: no java found: install a Java 17+ runtime or set JAVA_HOME
exit /b 2
:java_found

rem jvm.options says -Djna.tmpdir=/tmp (POSIX); on Windows JNA unpacks into %TEMP% instead.
"%RS_JAVA%" "@%RS_BIN%jvm.options" "-Djna.tmpdir=%TEMP%" %RELEASE_SENTINEL_JAVA_OPTS% -jar "%RS_JAR%" %*
exit /b %ERRORLEVEL%
