@echo off
rem Clausius: the explorer with no arguments, the command line with them (clausius --help).
rem Needs Java 17 or later: %JAVA_HOME%\bin\java.exe, else java on the PATH.
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
rem ND4J's OpenMP threads spin after each operation unless told to wait passively
if not defined OMP_WAIT_POLICY set "OMP_WAIT_POLICY=PASSIVE"
"%JAVA%" -Xss4m "-Dclausius.home=%HERE%." -jar "%HERE%clausius.jar" %*
exit /b %ERRORLEVEL%
